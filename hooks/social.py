"""A page's summary paragraph becomes its description, so a shared link unfurls with it.

Every topic page opens with a one-paragraph summary (hooks/skeleton.py). That paragraph is the
best short answer to "what is this page": it becomes the page's ``description`` (unless the front
matter sets one), which Material writes as ``<meta name="description">`` and
``overrides/main.html`` as Open Graph and Twitter card tags. Chat tools and search engines read
those; no image or network call is needed. Long summaries end at the last whole sentence that fits.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

LIMIT = 160  # characters: what search results and chat previews show before cutting
_FIRST_PARAGRAPH = re.compile(r"<h1\b.*?</h1>\s*<p>(.*?)</p>", re.DOTALL)
_ANY_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s")


def summary_text(page_html: str) -> str | None:
    """Plain text of the paragraph after the page's H1 (or of its first paragraph)."""
    match = _FIRST_PARAGRAPH.search(page_html) or _ANY_PARAGRAPH.search(page_html)
    if match is None:
        return None
    text = " ".join(html.unescape(_TAG.sub("", match.group(1))).split())
    return text or None


def shorten(text: str, limit: int = LIMIT) -> str:
    """``text`` if it fits; else its whole sentences that fit; else a cut at a space, with '…'."""
    if len(text) <= limit:
        return text
    ends = [m.start() for m in _SENTENCE_END.finditer(text) if m.start() <= limit]
    if ends:
        return text[: ends[-1]]
    cut = text[: limit - 1]
    return (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"


def on_page_content(page_html: str, *, page: Page, **_: object) -> str:
    if not page.meta.get("description"):
        text = summary_text(page_html)
        if text:
            # Material prints the description into an attribute as it is: escape it here.
            page.meta["description"] = html.escape(shorten(text), quote=True)
    return page_html
