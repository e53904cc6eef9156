"""Screenshot pages as a reader sees them: desktop and phone, light and dark (into screenshots/).

Usage: make screenshots [SHOTS="page-url ..."]   (default: home and load balancing)
make builds site/ strictly first; .venv/bin/python scripts/screenshots.py [page-url ...] reuses it.
Needs a Chromium (see make test's message). Open the PNGs to see a page as a reader would.
"""

from __future__ import annotations

import sys
from pathlib import Path

from browser import launch, serve_site
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main(paths: list[str]) -> int:
    site, out = ROOT / "site", ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with serve_site(site) as base, sync_playwright() as playwright:
        browser = launch(playwright)
        for path in paths:
            for device, viewport in VIEWPORTS.items():
                for scheme in ("light", "dark"):
                    context = browser.new_context(viewport=viewport, color_scheme=scheme,
                                                  is_mobile=device == "phone", device_scale_factor=1)
                    page = context.new_page()
                    page.goto(base + path, wait_until="networkidle")
                    page.wait_for_timeout(1200)
                    name = (path.strip("/").replace("/", "_").replace("#", "--") or "home") + f"-{device}-{scheme}.png"
                    page.screenshot(path=str(out / name), full_page=device == "desktop")
                    context.close()
                    print(out / name)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["", "compute/load-balancing/"]))
