"""Every code fence is closed.

A fence whose closing line is missing, longer than the opening one or indented differently is no
code block: Python-Markdown (pymdownx.superfences) shows the opening line (```` ```bash ````) as
text, or pairs its backticks with later ones into inline code, and reads the code after it as
Markdown, so a shell comment turns into a heading and the code spills into the page.

hooks/_markdown.py reads fences by superfences' own rules, so it finds such a fence, and the other
checks go on through the rest of the page as Python-Markdown reads it instead of reporting false
problems there. Where the reader and Python-Markdown could still disagree, the rendered page has
the last word: a fence it shows as text is reported too, at the source line that reads the same.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import Fence, front_matter_end, unclosed_fences

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

log = hook_logger("fences")

_CODE = re.compile(r"<pre\b.*?</pre>|<code\b.*?</code>", re.DOTALL)  # fences shown inside code are code
_SHOWN_FENCE = re.compile(r"(?:<p>|<li>|\n)[ \t]*(?P<fence>`{3,}|~{3,})(?P<info>[^\n<]*)")
_MARKER = re.compile(r"`+|~+")
_QUOTE_AND_INDENT = re.compile(r"^[\s>]*")


def shown_fences(page_html: str) -> list[str]:
    """The opening fences the rendered page shows as text ('```bash'), in page order."""
    text = _CODE.sub("", page_html)
    return [html.unescape(match.group("fence") + match.group("info")).strip() for match in _SHOWN_FENCE.finditer(text)]


def _unseen_by_the_reader(shown: list[str], unclosed: list[Fence], source: str) -> list[int]:
    """Source lines of fences the page shows as text that the reader did not find unclosed. A line
    inside an unclosed fence's lines is left out: it is shown as text because of that fence. So is a
    fence no line of this page's source reads like (a generated page shows it; it is reported where
    it was written)."""
    unmatched = list(shown)
    for fence in unclosed:
        if fence.opening in unmatched:
            unmatched.remove(fence.opening)
    swallowed = {number for fence in unclosed for number in range(fence.line, fence.last + 1)}
    skip = front_matter_end(source)
    lines: list[int] = []
    for text in unmatched:
        line = next((number for number, raw in enumerate(source.splitlines(), start=1)
                     if number > skip and _QUOTE_AND_INDENT.sub("", raw).strip() == text and number not in lines),
                    None)
        if line is not None and line not in swallowed:
            lines.append(line)
    return lines


def fence_problems(page_html: str, source: str) -> list[tuple[int, str]]:
    """(line, message) for each fence of the page that Python-Markdown does not close."""
    unclosed = unclosed_fences(source)
    openings = {fence.line: fence.opening for fence in unclosed}
    lines = source.splitlines()
    for line in _unseen_by_the_reader(shown_fences(page_html), unclosed, source):
        openings[line] = _QUOTE_AND_INDENT.sub("", lines[line - 1]).strip()
    problems = []
    for line, opening in sorted(openings.items()):
        marker = _MARKER.match(opening).group(0)
        problems.append((line, f"code fence '{opening}' is never closed, so the code after it is read as Markdown "
                               f"— end the block with a line '{marker}' indented like this one"))
    return problems


def on_page_content(page_html: str, *, page: Page, **_: object) -> str:
    for line, message in fence_problems(page_html, page.file.content_string):
        log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    return page_html
