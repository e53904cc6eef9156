"""Every section heading's permalink (¶) carries its "copy link" button from the build.

The button (``button.copy-link`` right after ``a.headerlink``) puts the section's full URL on the
clipboard; ``docs/assets/javascripts/copy-link.js`` only answers its clicks. When the script
added the buttons after load, a heading whose last line was full wrapped onto one more line and
pushed the page down (a layout shift of 0.03 on a phone, seen on the IAM and Step Functions
pages). Written here, the button is there at the first paint. A page shown without script hides
it (``.no-js`` in extra.css): a button that does nothing is not offered. The page title (``h1``)
gets none: its link is the page's own address, and on a phone the button took a line of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.structure.pages import Page

LABEL = "이 섹션 링크 복사"
BUTTON = f'<button type="button" class="copy-link" aria-label="{LABEL}" title="{LABEL}"></button>'

_PERMALINK = re.compile(r'(<h(?P<level>[2-6])\b[^>]*>(?:(?!</h(?P=level)>).)*?'
                        r'<a class="headerlink" href="#[^"]*"[^>]*>.*?</a>)'
                        r'(?!<button type="button" class="copy-link")', re.DOTALL)


def add_buttons(html: str) -> str:
    """The page content with a copy-link button after the permalink of each section heading
    (``h2``-``h6``) that has none."""
    return _PERMALINK.sub(lambda match: match.group(1) + BUTTON, html)


def on_page_content(html: str, *, page: Page, **_: object) -> str:
    return add_buttons(html)
