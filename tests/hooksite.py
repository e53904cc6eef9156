"""A tiny fixture site (tests/fixtures/site) for the hook tests: copy it, break one rule, build."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import ROOT, BuildWarning, build_site

FIXTURE = ROOT / "tests" / "fixtures" / "site"

# MkDocs' own validation (validation: in mkdocs.yml) repeats, without a line number, what
# hooks/links.py and hooks/orphans.py report with one. These are the only messages a fixture
# build may add to ours.
MKDOCS_DUPLICATES = re.compile(
    r"^Doc file '[^']+' contains (?:a link|an absolute link|an unrecognized relative link|a link to)\b"
    r"|^The following pages exist in the docs directory, but are not included in the \"nav\" configuration:")


class UnrecognisedWarningError(AssertionError):
    """A fixture build said something no test expects: a test must not pass over it."""


class FixtureSite:
    def __init__(self, tmp_path: Path, hooks: Path = ROOT / "hooks") -> None:
        self.root = tmp_path / "fixture"
        shutil.copytree(FIXTURE, self.root, ignore=shutil.ignore_patterns("mkdocs.yml.in"))
        template = (FIXTURE / "mkdocs.yml.in").read_text(encoding="utf-8")
        self.path("mkdocs.yml").write_text(template.replace("{ROOT}/hooks", str(hooks)), encoding="utf-8")

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
        """The hooks' messages, without their common prefix.

        MkDocs' own validation messages are recognised and left out (the hooks say the same with
        a line); any other message fails the test, so a build that says something
        unexpected can never pass as clean.
        """
        warnings = self.build_all()
        unrecognised = [w for w in warnings if not w.from_hooks and not MKDOCS_DUPLICATES.match(w.message)]
        if unrecognised:
            raise UnrecognisedWarningError("\n".join(f"{w.logger}: {w.message}" for w in unrecognised))
        return [w.hook_message for w in warnings if w.from_hooks]

    def build_all(self) -> list[BuildWarning]:
        """Every warning of the build, MkDocs' own included."""
        return build_site(self.path("mkdocs.yml"), self.path("site"))
