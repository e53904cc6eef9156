"""The glossary page lists every abbreviation the tooltips know.

``includes/abbreviations.md`` (``*[RCU]: 읽기 용량 단위(Read Capacity Unit)``) is the one source:
pymdownx.snippets appends it to every page for hover tooltips, and this hook renders it as the
table on ``glossary.md`` in place of ``<!-- abbreviations -->``. A duplicate or empty definition
is reported, because Markdown would silently keep only the last one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import fill_marker

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("glossary")

PAGE = "glossary.md"
MARKER = "<!-- abbreviations -->"
SOURCE = "includes/abbreviations.md"
_DEFINITION = re.compile(r"^\*\[([^\]]+)\]:\s*(.*)$")


def parse_abbreviations(text: str) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """Return {term: meaning} and (line, message) problems."""
    terms: dict[str, str] = {}
    seen: dict[str, int] = {}
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _DEFINITION.match(line.strip())
        if not match:
            continue
        term, meaning = match.group(1).strip(), match.group(2).strip()
        if term in seen:
            problems.append((number, f"'{term}' is already defined on line {seen[term]} — keep one definition"))
        if not meaning:
            problems.append((number, f"'{term}' has no meaning — write the Korean term and the English expansion"))
        seen.setdefault(term, number)
        terms[term] = meaning
    return terms, problems


def render(terms: dict[str, str]) -> str:
    rows = ["| 약어 | 뜻 |", "|---|---|"]
    rows += [f"| {term} | {terms[term]} |" for term in sorted(terms, key=str.casefold)]
    return "\n".join(rows) + "\n"


_terms: dict[str, str] = {}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _terms.clear()
    path = Path(config.config_file_path).parent / SOURCE
    if not path.is_file():
        return config
    terms, problems = parse_abbreviations(path.read_text(encoding="utf-8"))
    for line, message in problems:
        log.warning("%s:%d: %s", SOURCE, line, message)
    _terms.update(terms)
    return config


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    if page.file.src_uri != PAGE:
        return markdown
    filled = fill_marker(markdown, MARKER, render(_terms))
    if filled is None:
        log.warning("docs/%s:1: the page lacks the marker %s — put it where the table belongs", PAGE, MARKER)
        return markdown
    return filled
