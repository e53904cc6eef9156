"""Every topic page has the same skeleton, and every page outside the hubs is a topic page.

A topic page (any page in an area folder, hooks/_areas.py) starts with ``# 제목`` and a
one-paragraph summary, and its last two ``##`` sections are ``{#self-check}`` and
``{#references}``. The references list at least one page of the official documentation
(docs.aws.amazon.com), so every page can be traced back to AWS's own words. Readers learn where
to look once and find it on every page.

The folder decides, so a page cannot opt out by forgetting a key. A page in a folder that is no
area would escape every page rule, so it is reported: a new area is added to hooks/_areas.py first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from _areas import is_hub_page, is_topic_page, top_folder
from _log import hook_logger
from _markdown import content_lines, headings

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

log = hook_logger("skeleton")

OFFICIAL_DOCS = "https://docs.aws.amazon.com/"
TAIL = ["self-check", "references"]
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+\.\s|>|\||!!!|\?\?\?|<|#|```|~~~)")


def skeleton_problems(source: str) -> list[tuple[int, str]]:
    """Return (line, message) for every way ``source`` departs from the topic-page skeleton."""
    problems: list[tuple[int, str]] = []
    page_headings = headings(source)
    title = next((h for h in page_headings if h.level == 1), None)
    if title is None:
        return [(1, "topic page has no '# 제목' — start the page with a level-1 title")]
    problems.extend(_summary_problems(source, title.line))
    sections = [h for h in page_headings if h.level == 2]
    tail_ids = [h.explicit_id for h in sections[-2:]]
    if tail_ids != TAIL:
        last = sections[-1].line if sections else title.line
        problems.append((last, "the last two sections must be '## 스스로 점검 {#self-check}' and "
                               "'## 참고 자료 {#references}' — add or move them to the end"))
        return problems
    references = sections[-1]
    body = [line for number, line in content_lines(source) if number > references.line]
    if not any(OFFICIAL_DOCS in line for line in body):
        problems.append((references.line, "references list no page on docs.aws.amazon.com — "
                                          "cite the official documentation the page relies on"))
    return problems


def _summary_problems(source: str, title_line: int) -> list[tuple[int, str]]:
    for number, line in content_lines(source):
        if number <= title_line or not line.strip():
            continue
        if _BLOCK_START.match(line):
            return [(number, "the title must be followed by a one-paragraph summary — "
                             "write what this is, when to use it and what to watch for")]
        return []
    return [(title_line, "the page has nothing after its title — add a summary paragraph")]


def folder_problem(src_uri: str) -> str | None:
    """Why a page is neither a hub at the top of docs/ nor in an area folder (None when it is)."""
    if is_hub_page(src_uri) or is_topic_page(src_uri):
        return None
    folder = top_folder(src_uri)
    return (f"folder '{folder}' is not an area, so its pages would skip the page rules — add it with its Korean "
            "name to AREAS in hooks/_areas.py (a new area) or move the page into an area folder")


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    problem = folder_problem(page.file.src_uri)
    if problem:
        log.warning("docs/%s:1: %s", page.file.src_uri, problem)
    if is_topic_page(page.file.src_uri):
        for line, message in skeleton_problems(page.file.content_string):
            log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    return markdown
