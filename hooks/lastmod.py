"""Each page's ``<lastmod>`` in sitemap.xml is the day its source last changed, not the build's day
(``overrides/sitemap.xml`` writes it).

MkDocs writes the build date into every ``<lastmod>``, so the published sitemap said that every
page had changed on every deploy, and a search engine had no way to tell the page that did. Here
a topic page (a page in an area folder, ``_areas.py``) carries the date of the last commit that
touched its Markdown file, or the build's date while it has changes not yet committed. A
collection page (home, glossary, practice, exam map, timeline) is built from the topic pages and
carries the newest date of any page. Without the history (no git, or a shallow clone, where every
file would get the date of the one commit fetched) no page gets a ``<lastmod>``: none is better
than a wrong one, and the sitemap protocol makes it optional.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from _areas import is_topic_page

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

_dates: dict[str, str] = {}  # docs-relative path -> YYYY-MM-DD; empty when there is no full history


def _git(docs: Path, *args: str) -> str | None:
    """The output of a git command run in the docs folder, or None when git cannot answer."""
    try:
        done = subprocess.run(["git", "-C", str(docs), *args], capture_output=True, text=True, check=False)
    except OSError:  # git is not installed
        return None
    return done.stdout if done.returncode == 0 else None


def last_changes(docs: Path) -> dict[str, str]:
    """Docs-relative path -> the day it last changed: its last commit, or today while it has
    uncommitted changes. Empty outside a git checkout with its full history."""
    if (_git(docs, "rev-parse", "--is-shallow-repository") or "").strip() != "false":
        return {}
    log = _git(docs, "log", "--format=%x00%cs", "--name-only", "--relative", "--", ".")
    if log is None:
        return {}
    dates: dict[str, str] = {}
    day = ""
    for line in log.splitlines():
        if line.startswith("\0"):
            day = line[1:]
        elif line and line not in dates:  # newest first: the first date seen is the last change
            dates[line] = day
    changed = _git(docs, "status", "--porcelain", "--untracked-files=all", "--", ".") or ""
    top = (_git(docs, "rev-parse", "--show-prefix") or "").strip()  # docs folder inside the repository
    for entry in changed.splitlines():
        path = entry[3:].split(" -> ")[-1].strip('"')
        if path.startswith(top):
            dates[path[len(top):]] = date.today().isoformat()
    return dates


def page_date(src: str, dates: dict[str, str]) -> str | None:
    """The ``<lastmod>`` of a page: its own date for a topic page, the newest date of any page
    for a collection page; None when the history does not say."""
    if not dates:
        return None
    if is_topic_page(src):
        return dates.get(src)
    return max(day for path, day in dates.items() if path.endswith(".md"))


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _dates.clear()
    _dates.update(last_changes(Path(config.docs_dir)))
    return config


def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    """``overrides/sitemap.xml`` writes ``page.lastmod``. ``update_date`` follows it when known, so the
    time stamp MkDocs gives sitemap.xml.gz (the newest ``update_date``) is the newest change too."""
    day = page_date(page.file.src_uri, _dates)
    page.lastmod = day  # type: ignore[attr-defined]  # read by overrides/sitemap.xml only
    if day:
        page.update_date = day
    return markdown
