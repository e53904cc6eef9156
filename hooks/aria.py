"""Name what Material's templates leave unnamed, so axe-core finds nothing to report.

Material 9.8 ships these gaps, and every page inherits them:
- the search overlay is ``role="dialog"`` without a name (axe ``aria-dialog-name``);
- the instant-loading progress bar is ``role="progressbar"`` with no name and no value, outside
  every landmark (``aria-progressbar-name``, ``region``). It is a visual cue only (its value lives
  in a CSS variable), so it is hidden from assistive technology;
- the breadcrumb (``navigation.path``) is a ``nav`` named like the main navigation
  (``landmark-unique``); it is named "현재 위치";
- a nav section with its own index page (``navigation.indexes``: Amazon S3, Amazon DynamoDB) is
  named by a toggle label that holds only an icon, so every such section is an unnamed ``nav``
  (``landmark-unique`` once there are two); the toggle gets the section's name as hidden text
  (a ``label`` may not carry ``aria-label``);
- below 1220 px the site navigation is a drawer opened by the header's menu icon, a ``label`` that
  a keyboard cannot reach and a screen reader hears without a name. It joins the tab order (Enter
  on a focused label clicks it: Material's own keyboard handler) with the hidden name 내비게이션
  열기; extra.css hides the closed drawer, whose links were invisible Tab stops, and
  material-gaps.js moves focus into the drawer it opened and closes it when focus leaves.

The built HTML is patched instead of copying Material's templates, so a theme upgrade keeps
working. If the markup changes, the build says which patch no longer applies rather than
shipping the gap silently.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from _log import hook_logger

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("aria")

# (what Material writes, what it becomes, required on every page)
PATCHES: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (re.compile(r'<div class="md-search" data-md-component="search" role="dialog"(?![^>]*aria-label)'),
     r'\g<0> aria-label="검색"', True),
    (re.compile(r'<div class="md-progress" data-md-component="progress" role="progressbar"(?![^>]*aria-hidden)'),
     r'\g<0> aria-hidden="true"', True),
    (re.compile(r'(<nav class="md-path" aria-label=")[^"]*(")'), r"\g<1>현재 위치\g<2>", False),
    (re.compile(r'(<span class="md-ellipsis">\s*([^<]*?)\s*</span>\s*</a>\s*'
                r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" tabindex="0">)'
                r'(?!<span class="visually-hidden">)'),
     r'\g<1><span class="visually-hidden">\g<2></span>', False),
    (re.compile(r'<label class="md-header__button md-icon" for="__drawer">'),
     '<label class="md-header__button md-icon" for="__drawer" tabindex="0">'
     '<span class="visually-hidden">내비게이션 열기</span>',
     True),
)


def patch_html(html: str) -> tuple[str, list[str]]:
    """The page with Material's gaps closed, and the patches that found nothing to patch."""
    missing: list[str] = []
    for pattern, replacement, required in PATCHES:
        html, count = pattern.subn(replacement, html)
        if required and count == 0:
            missing.append(pattern.pattern)
    return html, missing


_material = {"theme": False}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _material["theme"] = config.theme.name == "material"
    return config


def _patched(html: str, where: str) -> str:
    html, missing = patch_html(html)
    for pattern in missing if _material["theme"] else []:
        log.warning("%s: Material's markup no longer matches %r — update hooks/aria.py for the new theme", where,
                    pattern)
    return html


def on_post_page(output: str, *, page: Page, **_: object) -> str:
    return _patched(output, f"docs/{page.file.src_uri}")


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "404.html":
        return _patched(output_content, "404.html")
    return output_content
