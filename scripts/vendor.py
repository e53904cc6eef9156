"""make vendor: the browser files the repository carries, fetched from the npm registry at an exact
version, checked, and recorded in vendor.json.

Usage: make vendor PACKAGE=axe-core VERSION=4.14.1   (scripts/vendor.py PACKAGE VERSION)

vendor.json names, for each npm package, its version, the registry's integrity (sha512) of the
package tarball, and each file taken from it with where it lives here and its sha256. `npm pack`
downloads the tarball (npm checks it against the registry's integrity); this script checks it again
against the integrity npm reports, copies the recorded files and rewrites their record.
tests/test_vendor.py checks every recorded file against its sha256.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "vendor.json"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(data: bytes) -> str:
    """The npm registry's form of a tarball's digest: 'sha512-<base64>'."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def load_record(path: Path = RECORD) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def save_record(record: dict[str, dict], path: Path = RECORD) -> None:
    path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def install(tarball: Path, stated: str, entry: dict, root: Path = ROOT) -> dict:
    """Check ``tarball`` against the integrity the registry ``stated``, copy the files ``entry``
    records from it, and return the entry with the new integrity and checksums."""
    found = integrity(tarball.read_bytes())
    if found != stated:
        raise ValueError(f"{tarball.name}: integrity {found} is not the registry's {stated}")
    files = {}
    with tarfile.open(tarball, "r:gz") as archive:
        for inside, file in entry["files"].items():
            member = archive.extractfile(f"package/{inside}")
            if member is None:
                raise ValueError(f"{tarball.name} has no {inside}")
            target = root / file["to"]
            target.write_bytes(member.read())
            files[inside] = {"to": file["to"], "sha256": sha256(target)}
    return {**entry, "integrity": stated, "files": files}


def npm_pack(package: str, version: str, folder: Path) -> tuple[Path, str, str]:
    """Download ``package@version`` with npm; (tarball, its version, the integrity npm states)."""
    done = subprocess.run(["npm", "pack", f"{package}@{version}", "--json", "--pack-destination", str(folder)],
                          capture_output=True, text=True, check=True)
    (packed,) = json.loads(done.stdout)
    return folder / packed["filename"], packed["version"], packed["integrity"]


def main(arguments: list[str]) -> int:
    if len(arguments) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    package, version = arguments
    record = load_record()
    if package not in record:
        print(f"vendor.json records no {package}; it has {', '.join(sorted(record))}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        tarball, exact, stated = npm_pack(package, version, Path(folder))
        record[package] = {**install(tarball, stated, record[package]), "version": exact}
    save_record(record)
    for inside, file in record[package]["files"].items():
        print(f"{package} {exact}: {inside} -> {file['to']} (sha256 {file['sha256'][:12]}…)")
    if package == "@mermaid-js/tiny":
        print("Now name this version in RENDERER (hooks/diagrams.py) and run `make diagrams` to redraw every diagram.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
