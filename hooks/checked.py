"""Every page in an area folder says when its facts were last checked against AWS.

A reader deciding whether to trust a page needs to know how fresh its facts are, and the date of
the last commit does not say: a typo fix is not a check. A page in an area folder (``basics/``,
``compute/``, …) declares ``checked: YYYY-MM`` in its front matter, the month its facts were last
compared with AWS's own pages, and the build shows it under the title ("2026년 11월 확인"). A page
without it, with a malformed month or with a month still to come fails the build at its line.
scripts/stale.py lists the pages whose check is more than six months old.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from _areas import is_topic_page
from _changes import When, today
from _log import hook_logger
from _markdown import front_matter, front_matter_end
from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = hook_logger("checked")

KEY = "checked"
META_LINE = '<div class="page-meta" data-search-exclude="page-meta">'  # hooks/report.py adds its link into it
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_TITLE_END = re.compile(r"</h1>")


def in_area_folder(src: str) -> bool:
    """A topic page (a page in an area folder, hooks/_areas.py); the home and the collections
    (glossary, comparisons, timeline, …) sit at the top of docs/."""
    return is_topic_page(src)


def checked_month(source: str) -> When | None:
    """The page's ``checked:`` month, or None when it has none or it is malformed."""
    value = front_matter(source)[0].get(KEY)
    if not isinstance(value, str) or not _MONTH.match(value):
        return None
    return When.parse(value)


def checked_problems(src: str, source: str, on: date) -> list[tuple[int, str]]:
    """(line, message) when a page in an area folder lacks a valid ``checked:`` month."""
    if not in_area_folder(src):
        return []
    meta, problems = front_matter(source)
    if problems and not meta:
        return []  # broken front matter: hooks/frontmatter.py reports it at its line
    if KEY not in meta:
        return [(1, "the page does not say when its facts were checked — add 'checked: YYYY-MM' to the front "
                    "matter: the month they were last compared with AWS's documentation (not the last edit)")]
    line = _key_line(source)
    when = checked_month(source)
    if when is None or when.month is None:
        return [(line, f"checked '{meta[KEY]}' is not a month — write it as YYYY-MM, e.g. 'checked: 2026-12'")]
    if when.first_day() > on:
        return [(line, f"checked {when.iso()} is in the future (today is {on.isoformat()}) — write the month "
                       "the facts were compared with AWS")]
    return []


def _key_line(source: str) -> int:
    lines = source.splitlines()[: front_matter_end(source)]
    return next((number for number, text in enumerate(lines, start=1) if text.startswith(f"{KEY}:")), 1)


def meta_line(when: When) -> str:
    """The line under the title: when the facts were last checked."""
    return (f'{META_LINE}<span class="page-checked" title="이 페이지의 사실을 AWS 문서와 마지막으로 대조한 달">'
            f'<time datetime="{when.iso()}">{when.korean()}</time> 확인</span></div>')


def on_files(files: Files, **_: object) -> Files:
    on = today()
    for file in files.documentation_pages():
        for line, message in checked_problems(file.src_uri, file.content_string, on):
            log.warning("docs/%s:%d: %s", file.src_uri, line, message)
    return files


@event_priority(-80)  # after hooks/social.py has read the summary paragraph that follows the title
def on_page_content(page_html: str, *, page: Page, **_: object) -> str:
    when = checked_month(page.file.content_string)
    if when is None:
        return page_html
    return _TITLE_END.sub(lambda match: match.group(0) + meta_line(when), page_html, count=1)
