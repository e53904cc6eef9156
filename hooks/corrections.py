"""Corrections of the notes, collected into one generated page.

Where the notes are wrong or outdated, a page says so in place with a ``correction`` admonition:

    !!! correction "노트 정정: <what>"
        **노트:** "<what the notes said>"

        **현재:** <what is true now>

        **출처:** [<page>](https://docs.aws.amazon.com/…) (<date checked>)

This hook checks that shape (a correction without its source is just another claim) and renders
the list on ``corrections.md`` in place of ``<!-- corrections -->``, so nobody keeps it by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import content_lines, fill_marker, headings

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = hook_logger("corrections")

PAGE = "corrections.md"
MARKER = "<!-- corrections -->"
TITLE_PREFIX = "노트 정정: "
PARTS = ("**노트:**", "**현재:**", "**출처:**")
_START = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?)\s+correction\b\s*(?:"([^"]*)")?')


@dataclass(frozen=True)
class Correction:
    src: str
    line: int
    title: str
    section_id: str | None
    note: str


def find_corrections(src: str, source: str) -> tuple[list[Correction], list[tuple[int, str]]]:
    """Return the corrections of one page and (line, message) for malformed ones."""
    lines = dict(content_lines(source))
    section_by_line = {h.line: h.explicit_id for h in headings(source) if h.level >= 2}
    found: list[Correction] = []
    problems: list[tuple[int, str]] = []
    section: str | None = None
    for number in sorted(lines):
        section = section_by_line.get(number, section)
        match = _START.match(lines[number])
        if not match:
            continue
        indent, title = len(match.group(1)), match.group(2) or ""
        body = _body(lines, number, indent)
        if not title.startswith(TITLE_PREFIX) or not title[len(TITLE_PREFIX):].strip():
            problems.append((number, f'correction title "{title}" must read "{TITLE_PREFIX}<무엇을 고쳤는지>" '
                                     "— name what is corrected"))
        paragraphs = [text.strip() for text in body]
        for part in PARTS:
            if not any(paragraph.startswith(part) for paragraph in paragraphs):
                problems.append((number, f"correction lacks a paragraph starting {part} — "
                                         "give what the notes said, what is true now and the source"))
        source_line = next((p for p in paragraphs if p.startswith(PARTS[2])), "")
        if source_line and "https://" not in source_line:
            problems.append((number, "the **출처:** of a correction has no https link — link the official page"))
        note = next((p[len(PARTS[0]):].strip() for p in paragraphs if p.startswith(PARTS[0])), "")
        found.append(Correction(src, number, title[len(TITLE_PREFIX):].strip(), section, note))
    return found, problems


def _body(lines: dict[int, str], start: int, indent: int) -> list[str]:
    """Non-blank lines indented deeper than the admonition marker that opens on ``start``."""
    body: list[str] = []
    for number in range(start + 1, max(lines) + 1):
        line = lines.get(number)
        if line is None:  # a fenced code line inside the admonition
            continue
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        if line.strip():
            body.append(line)
    return body


def render(corrections: list[Correction], titles: dict[str, str], order: list[str]) -> str:
    """The Markdown table for corrections.md; links are relative to the docs root."""
    if not corrections:
        return "아직 정정한 내용이 없습니다.\n"
    position = {src: index for index, src in enumerate(order)}
    rows = sorted(corrections, key=lambda c: (position.get(c.src, len(order)), c.line))
    out = [f"지금까지 {len(rows)}건을 정정했습니다.\n", "| 정정 | 페이지 | 노트의 원래 내용 |", "|---|---|---|"]
    for item in rows:
        anchor = f"#{item.section_id}" if item.section_id else ""
        note = item.note.replace("|", "\\|")
        out.append(f"| [{item.title}]({item.src}{anchor}) | [{titles.get(item.src, item.src)}]({item.src}) | {note} |")
    return "\n".join(out) + "\n"


_found: list[Correction] = []
_order: list[str] = []
_titles: dict[str, str] = {}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _found.clear()
    _order.clear()
    _titles.clear()
    return config


def on_files(files: Files, **_: object) -> Files:
    for file in files.documentation_pages():
        if file.src_uri == PAGE:
            continue
        source = file.content_string
        corrections, problems = find_corrections(file.src_uri, source)
        _found.extend(corrections)
        for line, message in problems:
            log.warning("docs/%s:%d: %s", file.src_uri, line, message)
        title = next((h.text for h in headings(source) if h.level == 1), file.src_uri)
        _titles[file.src_uri] = title
    return files


def on_nav(nav: Navigation, **_: object) -> Navigation:
    _order.extend(page.file.src_uri for page in nav.pages)
    return nav


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    if page.file.src_uri != PAGE:
        return markdown
    filled = fill_marker(markdown, MARKER, render(_found, _titles, _order))
    if filled is None:
        log.warning("docs/%s:1: the page lacks the marker %s — put it where the list belongs", PAGE, MARKER)
        return markdown
    return filled
