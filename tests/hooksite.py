"""A tiny fixture site (tests/fixtures/site) for the hook tests: copy it, break one rule, build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import ROOT, build_site

FIXTURE = ROOT / "tests" / "fixtures" / "site"
_HOOK_PREFIX = re.compile(r"^(?:.*/)?hooks/\w+: ")


class FixtureSite:
    def __init__(self, tmp_path: Path) -> None:
        self.root = tmp_path / "fixture"
        shutil.copytree(FIXTURE, self.root, ignore=shutil.ignore_patterns("mkdocs.yml.in"))
        template = (FIXTURE / "mkdocs.yml.in").read_text(encoding="utf-8")
        (self.root / "mkdocs.yml").write_text(template.replace("{ROOT}", str(ROOT)), encoding="utf-8")

    def path(self, relative: str) -> Path:
        return self.root / relative

    def read(self, relative: str) -> str:
        return self.path(relative).read_text(encoding="utf-8")

    def write(self, relative: str, text: str) -> None:
        target = self.path(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def replace(self, relative: str, old: str, new: str) -> None:
        text = self.read(relative)
        assert old in text, f"fixture {relative} has no {old!r}"
        self.write(relative, text.replace(old, new, 1))

    def build(self) -> list[str]:
        """Warnings raised by the project's hooks (MkDocs' own validation warnings left out)."""
        warnings = build_site(self.root / "mkdocs.yml", self.root / "site")
        return [_HOOK_PREFIX.sub("", w) for w in warnings if _HOOK_PREFIX.match(w)]

    def build_all(self) -> list[str]:
        return build_site(self.root / "mkdocs.yml", self.root / "site")
