"""Every admonition has a type the theme defines.

Python-Markdown renders ``!!! warnnig`` as a box with an unknown class: no icon, no colour, and
nothing fails. A misspelled ``!!! corection`` is worse: it silently drops out of the generated
corrections page. The known types are Material's (with their aliases) plus this site's
``correction``.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import content_lines

if TYPE_CHECKING:
    from mkdocs.structure.files import Files

log = hook_logger("admonitions")

# Material for MkDocs' admonition types and their aliases, then the site's own.
KNOWN_TYPES = frozenset((
    "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check", "done",
    "question", "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing", "danger", "error",
    "bug", "example", "quote", "cite",
    "correction",
))
_OPENING = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s*([^\s\"]*)")


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


def on_files(files: Files, **_: object) -> Files:
    for file in files.documentation_pages():
        for line, message in admonition_problems(file.content_string):
            log.warning("docs/%s:%d: %s", file.src_uri, line, message)
    return files
