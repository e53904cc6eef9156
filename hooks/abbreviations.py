"""Make abbreviation tooltips work in Korean text, once per term and section.

Python-Markdown's ``abbr`` matches a term only between ``\\b`` word boundaries. Hangul is a word
character, so ``IAM은`` or ``S3의`` — a term with a particle attached, which is how Korean is
written — never gets its tooltip. This hook swaps in a tree processor that uses ASCII-only
boundaries: ``IAM은`` matches, ``IAMX`` still does not. The glossary file itself stays
``includes/abbreviations.md`` (auto-appended by pymdownx.snippets).

A term is marked only where a section first uses it: a paragraph with HTTP, IP and API three
times each would otherwise be underlined nine times, and every ``<abbr>`` adds markup to the
page. A heading (``h1``–``h6``) starts a new section and is itself left unmarked; the glossary
lists every term regardless.

A ``title`` shows only under a mouse pointer. Each marked term also joins the tab order
(``tabindex="0"``), so a tap or the Tab key reaches it and ``abbr-tip.js`` shows its meaning, which
screen readers announce as the term's description. A term inside a link, a button, a form label or
a ``<summary>`` stays out: a focusable element inside another control is a nested control
(axe-core: nested-interactive), and the control is what a tap means there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.extensions.abbr import AbbrTreeprocessor
from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def abbreviation_pattern(terms: list[str]) -> re.Pattern[str]:
    """Longest term first; a match may touch Hangul but not ASCII letters, digits or '_'."""
    ordered = sorted(terms, key=len, reverse=True)
    alternatives = "|".join(re.escape(term) for term in ordered)
    return re.compile(rf"(?<![A-Za-z0-9_])(?:{alternatives})(?![A-Za-z0-9_])")


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _repeats(root: Element) -> list[tuple[Element, Element]]:
    """(parent, abbr) for each ``<abbr>`` in a heading or whose term its section has already marked,
    in page order. A heading is not marked: the section's first sentence with the term is."""
    found: list[tuple[Element, Element]] = []
    seen: set[str] = set()

    def walk(parent: Element, in_heading: bool = False) -> None:
        for child in list(parent):
            if child.tag in _HEADINGS:
                seen.clear()
                walk(child, in_heading=True)
            elif child.tag == "abbr" and in_heading:
                found.append((parent, child))
            elif child.tag == "abbr":
                term = child.text or ""
                if term in seen:
                    found.append((parent, child))
                seen.add(term)
            else:
                walk(child, in_heading)

    walk(root)
    return found


def unwrap(parent: Element, element: Element) -> None:
    """Replace ``element`` by its text, keeping the text that follows it."""
    text = (element.text or "") + (element.tail or "")
    index = list(parent).index(element)
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    parent.remove(element)


def first_per_section(root: Element) -> None:
    """Keep each term's ``<abbr>`` only where its section first uses it."""
    for parent, element in reversed(_repeats(root)):  # last first: earlier siblings stay in place
        unwrap(parent, element)


_CONTROLS = frozenset({"a", "button", "label", "summary", "select", "textarea"})


def reachable(root: Element, inside_control: bool = False) -> None:
    """Put every ``<abbr>`` that is not inside a control into the tab order."""
    for child in root:
        if child.tag == "abbr" and not inside_control:
            child.set("tabindex", "0")
        reachable(child, inside_control or child.tag in _CONTROLS)


class KoreanAbbrTreeprocessor(AbbrTreeprocessor):
    def run(self, root: Element) -> None:
        if not self.abbrs:
            return
        self.RE = abbreviation_pattern(list(self.abbrs))
        self.iter_element(root)
        first_per_section(root)
        reachable(root)


class KoreanAbbreviations(Extension):
    """Re-register the stock ``abbr`` tree processor with Korean-safe boundaries."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Markdown's API name)
        if "abbr" not in md.treeprocessors:
            raise PluginError("hooks/abbreviations.py needs the 'abbr' extension in markdown_extensions")
        stock = md.treeprocessors["abbr"]
        md.treeprocessors.register(KoreanAbbrTreeprocessor(md, stock.abbrs), "abbr", 7)


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    if "abbr" not in config.markdown_extensions:
        raise PluginError("hooks/abbreviations.py needs 'abbr' in markdown_extensions of mkdocs.yml")
    if not any(isinstance(ext, KoreanAbbreviations) for ext in config.markdown_extensions):
        config.markdown_extensions.append(KoreanAbbreviations())  # after 'abbr', so it can replace it
    return config
