"""make diagrams: render every Mermaid diagram of the site to one SVG for both palettes.

The SVGs go to diagrams/<hash>.svg (hooks/diagrams.py inlines them at build time; the hash covers
the renderer's version, hooks/diagrams.py: RENDERER), and SVGs no page uses any more are removed.
Renders with the vendored Mermaid in headless Chromium, with no network: nothing is fetched.
render_diagrams.js draws each diagram in Mermaid's light and dark themes with plain SVG text
labels, measured with the fonts a reader's browser uses for Hangul, and merges the two into one
valid SVG whose colours follow the page's palette. A diagram that does not parse is reported as
docs/page.md:LINE with Mermaid's own words; the others are still rendered, and the run fails.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from browser import HOW_TO_GET_ONE, chromium_path, launch, playwright_has_own_chromium
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
from diagrams import FOLDER, MERMAID_BLOCK, diagram_key, diagram_lines, diagram_source, svg_path  # noqa: E402

MERMAID = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "mermaid.tiny.js"
RENDERER = Path(__file__).with_suffix(".js")
# The fonts Material's system font stack ends up with for Hangul on each platform.
FONTS = ('-apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", '
         "Helvetica, Arial, sans-serif")
RENDER = "([key, text, fontFamily]) => renderDiagram(key, text, fontFamily)"
PALETTES_DIFFER = "the light and dark drawings differ"  # render_diagrams.js: differs()


@dataclass(frozen=True)
class Diagram:
    source: str  # the Mermaid text, as hooks/diagrams.py hashes it
    where: str  # docs/page.md:LINE of its fence


def diagrams_in_site(config_file: Path = ROOT / "mkdocs.yml") -> dict[str, Diagram]:
    """hash → diagram, for every diagram the site has (built without the hooks or the strict check)."""
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)  # this build has no hooks: its warnings are not the site's
    try:
        return _diagrams_in(config_file)
    finally:
        logger.setLevel(level)


def _diagrams_in(config_file: Path) -> dict[str, Diagram]:
    with tempfile.TemporaryDirectory() as site_dir:
        config = load_config(str(config_file), site_dir=site_dir, strict=False, hooks=[])
        build(config)
        found: dict[str, Diagram] = {}
        for file in get_files(config).documentation_pages():
            lines = diagram_lines(file.content_string)
            html = (Path(site_dir) / file.dest_uri).read_text(encoding="utf-8")
            for index, code in enumerate(MERMAID_BLOCK.findall(html)):
                source = diagram_source(code)
                line = lines[index] if index < len(lines) else 1
                found.setdefault(diagram_key(source), Diagram(source, f"docs/{file.src_uri}:{line}"))
    return found


def first_lines(error: Exception, count: int = 3) -> str:
    return " / ".join(line.strip() for line in str(error).splitlines()[:count] if line.strip())


def render(wanted: dict[str, Diagram], folder: Path, executable: str | None) -> list[str]:
    """Render what is missing into ``folder`` with the Chromium at ``executable`` (None: Playwright's
    own), remove SVGs no diagram uses; return the failures."""
    folder.mkdir(exist_ok=True)
    keep: set[Path] = set()
    failed: list[str] = []
    with sync_playwright() as playwright:
        browser = launch(playwright, executable)
        page = browser.new_page()
        page.set_content('<!doctype html><html lang="ko"><body></body></html>')
        page.add_script_tag(path=str(MERMAID))
        page.add_script_tag(path=str(RENDERER))
        for key, diagram in sorted(wanted.items()):
            path = svg_path(folder, key)
            keep.add(path)
            if path.is_file():
                continue
            try:
                svg = page.evaluate(RENDER, [key, diagram.source, FONTS])
            except PlaywrightError as error:
                how = ("teach scripts/render_diagrams.js this diagram type" if PALETTES_DIFFER in str(error)
                       else "fix its Mermaid syntax")
                failed.append(f"{diagram.where}: diagram does not render ({first_lines(error)}) — "
                              f"{how} and run `make diagrams` again")
                continue
            path.write_text(svg + "\n", encoding="utf-8")
            print(f"rendered {path.name}")
        browser.close()
    for stale in sorted(set(folder.glob("*.svg")) - keep):
        stale.unlink()
        print(f"removed {stale.name}")
    return failed


def main() -> int:
    if chromium_path() is None and not playwright_has_own_chromium():
        print(f"make diagrams needs a browser. {HOW_TO_GET_ONE}", file=sys.stderr)
        return 1
    wanted = diagrams_in_site()
    failed = render(wanted, ROOT / FOLDER, chromium_path())
    print(f"{len(wanted)} diagrams, {len(list((ROOT / FOLDER).glob('*.svg')))} SVGs in {FOLDER}/")
    for message in failed:
        print(message, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
