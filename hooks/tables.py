"""Every table header cell names its column.

A comparison table often starts with an empty corner cell (``| | ALB | NLB |``). A screen reader
then announces each row's first cell under a column with no name, and axe-core reports
``empty-table-header``. The corner cell names what the rows are (``| 항목 | ALB | NLB |``).
Tables inside admonitions and lists are checked too; code fences are not tables.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import content_lines

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

log = hook_logger("tables")

_DELIMITER_CELL = re.compile(r"^\s*:?-+:?\s*$")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_PIPE = re.compile(r"(?<!\\)\|")


def table_cells(line: str) -> list[str]:
    """The cells of one table row; pipes inside inline code or escaped as ``\\|`` do not split."""
    row = _INLINE_CODE.sub(lambda m: "x" * len(m.group(0)), line.strip())
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return _PIPE.split(row)


def _is_delimiter(line: str) -> bool:
    return "|" in line and "-" in line and all(_DELIMITER_CELL.match(cell) for cell in table_cells(line))


def empty_header_problems(source: str) -> list[tuple[int, str]]:
    """(line, message) for each empty cell in the header row of a Markdown table."""
    problems: list[tuple[int, str]] = []
    rows = list(content_lines(source))
    for (number, header), (next_number, delimiter) in itertools.pairwise(rows):
        if next_number != number + 1 or "|" not in header or _is_delimiter(header) or not _is_delimiter(delimiter):
            continue
        for index, cell in enumerate(table_cells(header), start=1):
            if not cell.strip():
                problems.append((number, f"table header cell {index} is empty — name the column"))
    return problems


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    for line, message in empty_header_problems(page.file.content_string):
        log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    return markdown
