"""make diagrams: render every Mermaid diagram of the site to SVG, in the light and dark palette.

The SVGs go to diagrams/<hash>.<theme>.svg (hooks/diagrams.py inlines them at build time), and
SVGs no page uses any more are removed. Renders with the vendored Mermaid in headless Chromium,
with no network: nothing is fetched.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from browser import LAUNCH_ARGS, chromium_path
from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
from diagrams import FOLDER, MERMAID_BLOCK, diagram_key, diagram_source, svg_paths  # noqa: E402

MERMAID = ROOT / "docs" / "assets" / "javascripts" / "vendor" / "mermaid.tiny.js"
MERMAID_THEME = {"light": "default", "dark": "dark"}
# The fonts Material's system font stack ends up with for Hangul on each platform.
FONTS = ('-apple-system, BlinkMacSystemFont, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", '
         "Helvetica, Arial, sans-serif")
RENDER = """async ([id, text, theme, fontFamily]) => {
  mermaid.initialize({startOnLoad: false, securityLevel: "strict", theme, fontFamily});
  const {svg} = await mermaid.render(id, text);
  return svg;
}"""


def diagrams_in_site() -> dict[str, str]:
    """hash → Mermaid source, for every diagram the site has (built without the strict check)."""
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as site_dir:
        build(load_config(str(ROOT / "mkdocs.yml"), site_dir=site_dir, strict=False, hooks=[]))
        found: dict[str, str] = {}
        for page in Path(site_dir).rglob("*.html"):
            for code in MERMAID_BLOCK.findall(page.read_text(encoding="utf-8")):
                source = diagram_source(code)
                found[diagram_key(source)] = source
    return found


def main() -> int:
    executable = chromium_path()
    if executable is None:
        print("make diagrams needs Chromium: sudo apt-get install chromium fonts-noto-cjk", file=sys.stderr)
        return 1
    folder = ROOT / FOLDER
    folder.mkdir(exist_ok=True)
    wanted = diagrams_in_site()
    keep: set[Path] = set()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=LAUNCH_ARGS)
        page = browser.new_page()
        page.set_content('<!doctype html><html lang="ko"><body></body></html>')
        page.add_script_tag(path=str(MERMAID))
        for key, source in sorted(wanted.items()):
            for theme, path in svg_paths(folder, key).items():
                keep.add(path)
                if path.is_file():
                    continue
                svg = page.evaluate(RENDER, [f"diagram-{key}-{theme}", source, MERMAID_THEME[theme], FONTS])
                path.write_text(svg + "\n", encoding="utf-8")
                print(f"rendered {path.relative_to(ROOT)}")
        browser.close()
    for stale in sorted(set(folder.glob("*.svg")) - keep):
        stale.unlink()
        print(f"removed {stale.relative_to(ROOT)}")
    print(f"{len(wanted)} diagrams, {len(keep)} SVGs in {FOLDER}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
