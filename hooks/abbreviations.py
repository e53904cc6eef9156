"""Make abbreviation tooltips work in Korean text.

Python-Markdown's ``abbr`` matches a term only between ``\\b`` word boundaries. Hangul is a word
character, so ``IAM은`` or ``S3의`` — a term with a particle attached, which is how Korean is
written — never gets its tooltip. This hook swaps in a tree processor that uses ASCII-only
boundaries: ``IAM은`` matches, ``IAMX`` still does not. The glossary file itself stays
``includes/abbreviations.md`` (auto-appended by pymdownx.snippets).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown import Extension, Markdown
from markdown.extensions.abbr import AbbrTreeprocessor
from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from mkdocs.config.defaults import MkDocsConfig


def abbreviation_pattern(terms: list[str]) -> re.Pattern[str]:
    """Longest term first; a match may touch Hangul but not ASCII letters, digits or '_'."""
    ordered = sorted(terms, key=len, reverse=True)
    alternatives = "|".join(re.escape(term) for term in ordered)
    return re.compile(rf"(?<![A-Za-z0-9_])(?:{alternatives})(?![A-Za-z0-9_])")


class KoreanAbbrTreeprocessor(AbbrTreeprocessor):
    def run(self, root: Element) -> None:
        if not self.abbrs:
            return
        self.RE = abbreviation_pattern(list(self.abbrs))
        self.iter_element(root)


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
