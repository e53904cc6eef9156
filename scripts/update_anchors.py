"""make anchors: build the site and add every new page and section anchor to anchors.lock.

The lockfile is append-only. A published anchor stays in it for good; when a section is renamed,
the page keeps the old id alive with `anchor_aliases` and the build checks that it does.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from site_anchors import ROOT, published_anchors

sys.path.insert(0, str(ROOT / "hooks"))
from anchors import KEBAB, LOCKFILE, format_lockfile, parse_lockfile


def bad_anchor_ids(entries: set[str]) -> list[str]:
    """Entries whose anchor breaks the id rule; such an id must never be locked in."""
    return sorted(entry for entry in entries if "#" in entry and not KEBAB.match(entry.partition("#")[2]))


def main() -> int:
    lockfile = ROOT / LOCKFILE
    old = {f"{url}#{anchor}" if anchor else url for _, url, anchor in parse_lockfile(
        lockfile.read_text(encoding="utf-8") if lockfile.exists() else "")}
    with tempfile.TemporaryDirectory() as site_dir:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", site_dir],
                       cwd=ROOT, check=True)
        current = published_anchors(Path(site_dir))
    refused = bad_anchor_ids(current)
    if refused:
        print("make anchors: these ids break the anchor rule (English kebab-case) and are not recorded — "
              "give each heading an explicit id such as {#english-kebab-id}:", file=sys.stderr)
        for entry in refused:
            print(f"  /{entry}", file=sys.stderr)
        return 1
    added = sorted(current - old)
    lockfile.write_text(format_lockfile(old | current), encoding="utf-8")
    for entry in added:
        print(f"+ {entry}")
    print(f"{LOCKFILE}: {len(added)} new, {len(old | current)} in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
