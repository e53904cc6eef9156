"""Vendored browser files: each is recorded in vendor.json with its npm package, version and sha256,
matches that checksum, and `make vendor` (scripts/vendor.py) can replace it from the registry."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from conftest import ROOT
from vendor import install, integrity, load_record, sha256

from diagrams import RENDERER

RECORD = load_record()
RECORDED = {file["to"]: file["sha256"] for entry in RECORD.values() for file in entry["files"].values()}
VENDOR_FOLDERS = ("docs/assets/javascripts/vendor", "tests/vendor")


@pytest.mark.parametrize("path", sorted(RECORDED))
def test_every_vendored_file_matches_its_checksum(path: str) -> None:
    assert sha256(ROOT / path) == RECORDED[path], f"{path} is not the file vendor.json records: run `make vendor`"


def test_every_file_in_a_vendor_folder_is_recorded() -> None:
    found = {path.relative_to(ROOT).as_posix() for folder in VENDOR_FOLDERS
             for path in (ROOT / folder).rglob("*") if path.is_file()}
    assert found == set(RECORDED)


def test_every_record_names_an_exact_version_and_the_tarball_integrity() -> None:
    for package, entry in RECORD.items():
        assert entry["version"].replace(".", "").isdigit(), package
        assert entry["integrity"].startswith("sha512-"), package


def test_the_diagram_renderer_names_the_vendored_mermaid() -> None:
    # A new Mermaid must change every diagram's file name, so that `make diagrams` redraws them all.
    assert RENDERER.startswith(f"mermaid {RECORD['@mermaid-js/tiny']['version']},")


def tarball(path: Path, files: dict[str, bytes]) -> bytes:
    """An npm-style package tarball (every file under package/) written to ``path``."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, body in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(body)
            archive.addfile(info, io.BytesIO(body))
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


ENTRY = {"version": "1.0.0", "integrity": "", "files": {"dist/tool.js": {"to": "tool.js", "sha256": ""}}}


def test_an_update_copies_the_recorded_files_and_records_them(tmp_path: Path) -> None:
    data = tarball(tmp_path / "tool-1.0.1.tgz", {"dist/tool.js": b"new()", "README.md": b"not taken"})
    updated = install(tmp_path / "tool-1.0.1.tgz", integrity(data), ENTRY, root=tmp_path)
    assert (tmp_path / "tool.js").read_bytes() == b"new()"
    assert not (tmp_path / "README.md").exists()
    assert updated["integrity"] == integrity(data)
    assert updated["files"]["dist/tool.js"] == {"to": "tool.js", "sha256": sha256(tmp_path / "tool.js")}
    assert json.loads(json.dumps(updated)) == updated


def test_an_update_refuses_a_tarball_that_is_not_the_registrys(tmp_path: Path) -> None:
    stated = integrity(tarball(tmp_path / "tool.tgz", {"dist/tool.js": b"new()"}))
    tarball(tmp_path / "tool.tgz", {"dist/tool.js": b"tampered()"})
    with pytest.raises(ValueError, match="is not the registry's"):
        install(tmp_path / "tool.tgz", stated, ENTRY, root=tmp_path)
    assert not (tmp_path / "tool.js").exists()
