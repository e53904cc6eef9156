"""Every dated change the site teaches is a record, and each page shows its own in one place.

AWS changes every month, and a sentence such as "2025년 8월부터 최대 1 MiB" is the kind that goes
stale. Each one is declared as a record in the page's front matter (``changes:``, see
hooks/_changes.py), so the build knows every change the site teaches: the timeline page lists
them (hooks/timeline.py), the monthly check re-reads them (scripts/stale.py), and each page shows
its own in a box under its summary.

Rules, each reported at its line:
- a record has a date (YYYY-MM-DD or YYYY-MM, not in the future), a service, a one-line Korean
  change, a section of this page that says that date, and an AWS source (aws.amazon.com or a
  subdomain such as docs.aws.amazon.com);
- every date the prose mentions ("2025년 8월", "2024년 12월부터", "2026년부터") is accounted for:
  by a record or a declared other date of the page (``other_dates:``: an end of support, an
  event, a reference point, an example), or, for a change taught elsewhere, by a link to that
  page or to the record's AWS source. As-of dates ("2026년 11월 기준") say when something was
  checked and need nothing. A record's own section must say its date, so the record sits next
  to the text that teaches it and a wrong date in either shows.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from _changes import (
    COURSE_LABELS,
    Change,
    course_relation,
    declared_dates,
    linked_dates,
    mention_problems,
    read_changes,
    read_other_dates,
    today,
)
from _log import hook_logger
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = hook_logger("changes")

TIMELINE = "changes.md"  # hooks/timeline.py fills it
_CODE = re.compile(r"`([^`]+)`")
_TITLE_THEN_PARAGRAPH = re.compile(r"(<h1\b.*?</h1>.*?</p>)", re.DOTALL)

_changes: dict[str, list[Change]] = {}  # page source path → its records
_has_timeline: list[bool] = []


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _changes.clear()
    _has_timeline.clear()
    return config


def on_files(files: Files, **_: object) -> Files:
    on = today()
    pages = {file.src_uri: file.content_string for file in files.documentation_pages()}
    _has_timeline.append(TIMELINE in pages)
    for src, source in pages.items():
        changes, problems = read_changes(src, source, on)
        other_problems = read_other_dates(src, source)[1]
        for line, message in sorted(problems + other_problems):
            log.warning("docs/%s:%d: %s", src, line, message)
        _changes[src] = changes
    every = [change for changes in _changes.values() for change in changes]
    for src, source in pages.items():
        for line, message in mention_problems(source, declared_dates(source), linked_dates(src, source, every)):
            log.warning("docs/%s:%d: %s", src, line, message)
    return files


def inline_html(text: str) -> str:
    """Record text as HTML: escaped, with `code` spans kept as code (API and parameter names)."""
    return _CODE.sub(lambda match: f"<code>{match.group(1)}</code>", html.escape(text, quote=False))


def page_box(changes: list[Change], timeline_url: str | None) -> str:
    """The page's changes, newest first, as a closed box under the summary (one line each)."""
    newest = sorted(changes, key=lambda change: change.when.key(), reverse=True)
    since = sum(1 for change in changes if course_relation(change.when) == "after")
    summary = f"이 페이지가 다루는 AWS 변경 {len(changes)}건"
    summary += f" · 과정 이후 {since}건" if since else ""
    summary += f" · 가장 최근 {newest[0].when.korean()}"
    items = []
    for change in newest:
        label = COURSE_LABELS[course_relation(change.when)]
        badge = f' <span class="change-badge">{label}</span>' if label else ""
        items.append(f'<li><time datetime="{change.when.iso()}">{change.when.korean()}</time> · '
                     f'{html.escape(change.service)}: <a href="#{change.section}">{inline_html(change.change)}</a>'
                     f"{badge}</li>")
    more = f'<p><a href="{timeline_url}">AWS 변경 연표</a>에서 사이트 전체의 변경을 볼 수 있습니다.</p>' \
        if timeline_url else ""
    return (f'<details class="info page-changes" data-search-exclude="page-changes"><summary>{summary}</summary>'
            f'<ul>{"".join(items)}</ul>{more}</details>')


@event_priority(-80)  # after hooks/social.py has read the summary paragraph that follows the title
def on_page_content(page_html: str, *, page: Page, **_: object) -> str:
    changes = _changes.get(page.file.src_uri)
    if not changes:
        return page_html
    timeline_url = get_relative_url(TIMELINE.removesuffix(".md") + "/", page.url) if _has_timeline[:1] == [True] \
        else None
    box = page_box(changes, timeline_url)
    placed, count = _TITLE_THEN_PARAGRAPH.subn(lambda match: match.group(1) + box, page_html, count=1)
    return placed if count else box + page_html
