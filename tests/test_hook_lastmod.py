"""hooks/lastmod.py: a page's <lastmod> in the sitemap is the day its source last changed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

from hooksite import FixtureSite

TOPIC, OTHER = "docs/basics/topic.md", "docs/basics/other.md"
LASTMOD = re.compile(r"<loc>https://example\.org/fixture/([^<]*)</loc>\s*(?:<lastmod>([^<]*)</lastmod>)?")


def git(repo: Path, *args: str, day: str = "2026-01-02") -> None:
    stamp = f"{day}T12:00:00+00:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp, "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, env=env)


def committed(site: FixtureSite) -> None:
    """The fixture as a repository: everything committed on 2 January, the topic page changed on 4 March."""
    git(site.root, "init", "-q")
    git(site.root, "add", "-A")
    git(site.root, "commit", "-q", "-m", "fixture")
    site.replace(TOPIC, "    답입니다.", "    답입니다. 고쳤습니다.")
    git(site.root, "commit", "-q", "-am", "topic changed", day="2026-03-04")


def lastmods(root: Path) -> dict[str, str | None]:
    """Page address (relative) -> its <lastmod>, None where it has none."""
    sitemap = (root / "site" / "sitemap.xml").read_text(encoding="utf-8")
    return {address: day or None for address, day in LASTMOD.findall(sitemap)}


def test_a_page_is_dated_by_its_last_commit_and_a_collection_by_the_newest(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    committed(site)
    assert site.build() == []
    dates = lastmods(site.root)
    assert dates["basics/topic/"] == "2026-03-04"
    assert dates["basics/other/"] == "2026-01-02"  # not the build's day, which MkDocs writes everywhere
    assert dates[""] == dates["glossary/"] == "2026-03-04"  # built from the topic pages


def test_a_page_with_uncommitted_changes_is_dated_today(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    committed(site)
    site.replace(OTHER, "다른 주제의 요약입니다.", "다른 주제의 요약입니다. 아직 커밋하지 않았습니다.")
    assert site.build() == []
    assert lastmods(site.root)["basics/other/"] == date.today().isoformat()


def test_without_the_whole_history_no_page_gets_a_date(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build() == []  # no repository at all
    assert set(lastmods(site.root).values()) == {None}
    committed(site)
    shallow = FixtureSite(tmp_path / "shallow")  # its mkdocs.yml names the hooks by absolute path
    shutil.rmtree(shallow.root)
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{site.root}", str(shallow.root)],
                   check=True, capture_output=True)
    assert shallow.build() == []
    assert set(lastmods(shallow.root).values()) == {None}
