"""Every admonition has a type the theme defines, and a body.

Python-Markdown renders ``!!! warnnig`` as a box with an unknown class: no icon, no colour, and
nothing fails. A misspelled ``!!! corection`` is worse: it silently drops out of the generated
corrections page. The known types are Material's (with their aliases) plus this site's
``correction``.

An admonition's body is the lines indented under it. When they lose their indent, the box renders
empty and the text falls out below it: a self-check question ships without its answer, on its page
and on the practice page. The rendered page says which boxes are empty; the source gives the line.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import content_lines

if TYPE_CHECKING:
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = hook_logger("admonitions")

# Material for MkDocs' admonition types and their aliases, then the site's own.
KNOWN_TYPES = frozenset((
    "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check", "done",
    "question", "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing", "danger", "error",
    "bug", "example", "quote", "cite",
    "correction",
))
_OPENING = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*([^\s\"]*)")
_TITLED = re.compile(r'^\s*(?P<marker>!!!|\?\?\?\+?)\s*(?P<kind>[^\s"]*)[^"]*(?:"(?P<title>[^"]*)")?\s*$')
# A box with nothing after its title, as Python-Markdown (admonition) and pymdownx.details render it
_EMPTY_BOX = re.compile(r'<div class="admonition (?P<div_kind>[^" ]+)[^"]*">\s*<p class="admonition-title">'
                        r"(?P<div_title>.*?)</p>\s*</div>"
                        r'|<details class="(?P<details_kind>[^" ]+)[^"]*"(?: open="open")?>\s*<summary>'
                        r"(?P<details_title>.*?)</summary>\s*</details>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def admonition_problems(source: str) -> list[tuple[int, str]]:
    """(line, message) for each admonition whose type is missing or unknown."""
    problems: list[tuple[int, str]] = []
    for number, line in content_lines(source):
        match = _OPENING.match(line)
        if not match:
            continue
        kind = match.group(1)
        if kind in KNOWN_TYPES:
            continue
        if not kind:
            problems.append((number, "admonition has no type — write one after the marker, e.g. '!!! note'"))
            continue
        close = difflib.get_close_matches(kind.lower(), sorted(KNOWN_TYPES), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "use note, tip, warning, danger, example or correction"
        problems.append((number, f"admonition type '{kind}' is not defined — {hint}"))
    return problems


@dataclass(frozen=True)
class Opening:
    line: int
    marker: str  # '!!!', '???' or '???+'
    kind: str
    title: str | None  # None when the source gives none (the box is titled after its type)


def openings(source: str) -> list[Opening]:
    """Every admonition's opening line in the source, in page order."""
    found: list[Opening] = []
    for number, line in content_lines(source):
        match = _TITLED.match(line)
        if match:
            found.append(Opening(number, match.group("marker"), match.group("kind"), match.group("title")))
    return found


def empty_boxes(page_html: str) -> list[tuple[str, str]]:
    """(type, title as shown) of each admonition that renders with nothing under its title."""
    boxes: list[tuple[str, str]] = []
    for match in _EMPTY_BOX.finditer(page_html):
        kind = match.group("div_kind") or match.group("details_kind")
        title = match.group("div_title") if match.group("div_kind") else match.group("details_title")
        boxes.append((kind, html.unescape(_TAG.sub("", title)).strip()))
    return boxes


def empty_body_problems(page_html: str, source: str) -> list[tuple[int, str]]:
    """(line, message) for each admonition of the page that renders empty. A box no opening line of
    this page's source matches was generated from another page (practice.md) and is reported there."""
    candidates = openings(source)
    problems: list[tuple[int, str]] = []
    for kind, title in empty_boxes(page_html):
        opening = next((o for o in candidates if o.kind == kind
                        and (o.title if o.title is not None else kind.capitalize()) == title), None)
        if opening is None:
            continue
        candidates.remove(opening)
        if kind == "question":
            message = (f"question '{title}' has no answer, here and on the practice page — indent the answer by "
                       f"4 spaces under the '{opening.marker} question' line")
        else:
            message = f"admonition '{title}' is empty — indent its text by 4 spaces under the '{opening.marker}' line"
        problems.append((opening.line, message))
    return problems


def on_page_content(page_html: str, *, page: Page, **_: object) -> str:
    for line, message in empty_body_problems(page_html, page.file.content_string):
        log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    return page_html


def on_files(files: Files, **_: object) -> Files:
    for file in files.documentation_pages():
        for line, message in admonition_problems(file.content_string):
            log.warning("docs/%s:%d: %s", file.src_uri, line, message)
    return files
