"""Diagrams are pre-rendered: pages ship SVG, not a 3 MB diagram library.

Pages keep their Mermaid source in ```mermaid fences. `make diagrams` renders each one into
diagrams/<hash>.svg (hash of the renderer's version and the diagram source): one SVG with plain
text labels whose colours follow the light and the dark palette through CSS custom properties.
This hook swaps every rendered Mermaid block for its inline SVG. A diagram without its SVG is
reported (so a strict build fails) and, in `make serve`, still draws in the browser through the
vendored Mermaid, which this hook adds to `make serve` only: the published site carries no
Mermaid file at all.
Every diagram also needs `accTitle:` and `accDescr:` lines: Mermaid turns them into the SVG's
<title> and <desc>, which is what a screen reader announces instead of a picture.
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import fences

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = hook_logger("diagrams")

FOLDER = "diagrams"
LANGUAGE = "mermaid"
LOADER = "assets/javascripts/mermaid-loader.js"  # defines window.mermaid, so Material never calls unpkg
VENDORED = "assets/javascripts/vendor/mermaid"
# Part of every diagram's hash: change it whenever scripts/render_diagrams.py or .js, or the vendored
# Mermaid, draws differently, so that `make diagrams` renders every diagram again (and removes the
# old SVGs) instead of keeping drawings in the old look.
RENDERER = "mermaid 12.0.0, svg labels, one svg for both palettes"
ACCESSIBLE = ("accTitle", "accDescr")
MERMAID_BLOCK = re.compile(r'<pre class="mermaid"><code>(.*?)</code></pre>', re.S)

_folder: Path | None = None
_serving = False


def diagram_source(escaped_code: str) -> str:
    """The Mermaid text of a rendered block, as the renderer and this hook both see it."""
    return html.unescape(escaped_code).strip()


def diagram_key(source: str) -> str:
    return hashlib.sha256(f"{RENDERER}\n{source}".encode()).hexdigest()[:16]


def svg_path(folder: Path, key: str) -> Path:
    return folder / f"{key}.svg"


_NATURAL_WIDTH = re.compile(r'<svg\b[^>]*\bstyle="[^"]*max-width:\s*([0-9.]+)px')


def inline_figure(svg: str) -> str:
    """The SVG in a wrapper that knows the drawing's natural width, so on a phone a wide
    diagram scrolls sideways instead of shrinking to unreadable text."""
    width = _NATURAL_WIDTH.search(svg)
    style = f' style="--diagram-width: {float(width.group(1)):.0f}px"' if width else ""
    return f'<div class="diagram"{style}>{svg}</div>'


def diagram_lines(source: str) -> list[int]:
    """Line of each ```mermaid fence of a page, in page order (the order the HTML has them in)."""
    return [fence.line for fence in fences(source) if fence.info.split()[:1] == [LANGUAGE]]


def on_startup(*, command: str, **_: object) -> None:
    global _serving
    _serving = command == "serve"


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    global _folder
    _folder = Path(config.config_file_path).parent / FOLDER
    if _serving:
        config.extra_javascript.append(LOADER)
    return config


def on_files(files: Files, **_: object) -> Files:
    """The browser-side Mermaid is for `make serve` only: a published site has no use for it."""
    if not _serving:
        for file in [f for f in files if f.src_uri == LOADER or f.src_uri.startswith(VENDORED)]:
            files.remove(file)
    return files


def on_page_content(html_text: str, *, page: Page, **_: object) -> str:
    if _folder is None:
        return html_text

    lines = iter(diagram_lines(page.file.content_string))

    def replace(match: re.Match[str]) -> str:
        diagram = diagram_source(match.group(1))
        key = diagram_key(diagram)
        where = f"docs/{page.file.src_uri}:{next(lines, 1)}"
        missing = [name for name in ACCESSIBLE if f"{name}:" not in diagram]
        if missing:
            log.warning("%s: diagram has no %s — add a short %s line under the diagram type so screen readers "
                        "can announce it", where, " or ".join(missing), " and ".join(missing))
        path = svg_path(_folder, key)
        if not path.is_file():
            log.warning("%s: diagram is not pre-rendered (no %s/%s.svg) — run `make diagrams` and commit the SVG",
                        where, FOLDER, key)
            return match.group(0)
        return inline_figure(path.read_text(encoding="utf-8").strip())

    return MERMAID_BLOCK.sub(replace, html_text)
