"""A tiny fixture site (tests/fixtures/site) for the hook tests: copy it, break one rule, build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from conftest import ROOT, BuildWarning, build_site

FIXTURE = ROOT / "tests" / "fixtures" / "site"
SITE_CONFIG = ROOT / "mkdocs.yml"
COPIED_SECTIONS = ("validation", "markdown_extensions")  # taken from mkdocs.yml as written


class _TagBlindLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (!ENV, !relative, !!python/…)."""


_TagBlindLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_TagBlindLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def site_hooks(config_file: Path = SITE_CONFIG) -> list[str]:
    """The ``hooks:`` of the real site's mkdocs.yml, in order, as written there (``hooks/links.py``)."""
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TagBlindLoader)
    return list(config.get("hooks") or [])


def top_level_section(config_text: str, key: str) -> str:
    """The text of one top-level key of a YAML file: its line and the indented lines under it, with
    their tags and comments (a line at the margin, a comment included, ends it)."""
    lines = config_text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        raise KeyError(f"mkdocs.yml has no top-level {key}:")
    end = next((i for i in range(start + 1, len(lines)) if lines[i][:1].strip()), len(lines))
    return "\n".join(lines[start:end]).rstrip()


def fixture_config(hooks: Path, without: frozenset[str] = frozenset()) -> str:
    """The fixture's mkdocs.yml: its own pages and nav, the real site's hooks (from ``hooks``,
    minus the file names in ``without``), link validation and Markdown extensions."""
    site_text = SITE_CONFIG.read_text(encoding="utf-8")
    plugged = [str(hooks / Path(entry).name) for entry in site_hooks() if Path(entry).name not in without]
    text = (FIXTURE / "mkdocs.yml.in").read_text(encoding="utf-8").replace("{HOOKS}", json.dumps(plugged))
    for key in COPIED_SECTIONS:
        text = text.replace("{" + key.upper() + "}", top_level_section(site_text, key))
    return text

class UnrecognisedWarningError(AssertionError):
    """A fixture build said something no test expects: a test must not pass over it."""


class FixtureSite:
    def __init__(self, tmp_path: Path, hooks: Path = ROOT / "hooks", without: frozenset[str] = frozenset()) -> None:
        self.root = tmp_path / "fixture"
        shutil.copytree(FIXTURE, self.root, ignore=shutil.ignore_patterns("mkdocs.yml.in"))
        self.path("mkdocs.yml").write_text(fixture_config(hooks, without), encoding="utf-8")
        # The real site's templates assume Material; of them the fixture takes the sitemap, which
        # hooks/lastmod.py writes into
        self.write("overrides/sitemap.xml", (ROOT / "overrides" / "sitemap.xml").read_text(encoding="utf-8"))

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

        Any other warning fails the test, MkDocs' own included (the hooks hold back those of its
        link and nav warnings that repeat theirs), so a build that says something unexpected can
        never pass as clean.
        """
        warnings = self.build_all()
        unrecognised = [w for w in warnings if not w.from_hooks]
        if unrecognised:
            raise UnrecognisedWarningError("\n".join(f"{w.logger}: {w.message}" for w in unrecognised))
        return [w.hook_message for w in warnings if w.from_hooks]

    def build_all(self) -> list[BuildWarning]:
        """Every warning of the build, MkDocs' own included."""
        return build_site(self.path("mkdocs.yml"), self.path("site"))
