"""Every topic page has the same skeleton.

A topic page (front matter ``topic: <id>``) starts with ``# 제목`` and a one-paragraph summary,
and its last two ``##`` sections are ``{#self-check}`` and ``{#references}``. The references
list at least one page of the official documentation (docs.aws.amazon.com), so every page can be
traced back to AWS's own words. Readers learn where to look once and find it on every page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import content_lines, headings, is_topic_page

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


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    if is_topic_page(page.meta):
        for line, message in skeleton_problems(page.file.content_string):
            log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    return markdown
