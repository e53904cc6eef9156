"""Not a hook: lists of records in a page's front matter, each entry with its own line.

Some facts are declared next to the text they belong to, as a list under one front-matter key
(``changes:``, ``other_dates:``; more kinds may follow). Each entry is a mapping of plain values,
and each usually names the section of the page it belongs to. The build reports a problem at the
entry's own line, so this module reads the YAML node by node to keep every entry's line, and
checks a named section against the page's own heading ids. The hooks and the scripts read records
only through here.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import yaml
from _markdown import front_matter_end, headings


@dataclass(frozen=True)
class Entry:
    line: int  # the page line of the entry's first key
    fields: dict[str, str]  # key → value, as written (YAML dates stay text: '2025-08-04')
    lines: dict[str, int]  # key → the page line of that key


def front_matter_list(source: str, key: str) -> tuple[list[Entry], list[tuple[int, str]]]:
    """The entries listed under ``key`` in the page's front matter, and (line, message) for each
    entry that is not a mapping of plain values. A page without the key has no entries."""
    end = front_matter_end(source)
    if end == 0:
        return [], []
    text = "\n".join(source.splitlines()[1 : end - 1])
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return [], []  # hooks/frontmatter.py reports broken YAML at its line
    if not isinstance(root, yaml.MappingNode):
        return [], []
    node = next((value for name, value in root.value if getattr(name, "value", None) == key), None)
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [(_line(node), f"front matter '{key}:' must be a list of entries, each starting with '- '")]
    entries: list[Entry] = []
    problems: list[tuple[int, str]] = []
    for item in node.value:
        if not isinstance(item, yaml.MappingNode):
            problems.append((_line(item), f"an entry of '{key}:' must be a mapping ('name: value' lines)"))
            continue
        fields: dict[str, str] = {}
        lines: dict[str, int] = {}
        for name, value in item.value:
            if not isinstance(value, yaml.ScalarNode):
                problems.append((_line(value), f"'{name.value}' of a '{key}:' entry must be a single value"))
                continue
            fields[str(name.value)] = str(value.value)
            lines[str(name.value)] = _line(name)
        entries.append(Entry(_line(item), fields, lines))
    return entries, problems


def _line(node: yaml.Node) -> int:
    """Page line of a node: the front matter starts on line 2, after the opening '---'."""
    return node.start_mark.line + 2


def section_ids(source: str) -> list[str]:
    """The explicit ids of the page's ``##``–``####`` headings, in page order."""
    return [h.explicit_id for h in headings(source) if 2 <= h.level <= 4 and h.explicit_id]


def section_problem(kind: str, section: str, ids: list[str]) -> str | None:
    """A message when ``section`` is not one of ``ids``; None when it is."""
    if section in ids:
        return None
    close = difflib.get_close_matches(section, ids, n=1)
    hint = f"did you mean '{close[0]}'?" if close else f"use one of this page's ids, e.g. '{ids[0]}'" if ids else \
        "give the page a '## 제목 {#english-id}' section first"
    return f"{kind} names section '{section}', which is not on this page — {hint}"
