"""Read the published pages and section anchors out of a built site directory."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from anchors import heading_ids  # noqa: E402  (hooks/ is not a package)

NOT_PAGES = {"404.html"}


def page_url(site_dir: Path, html_file: Path) -> str:
    relative = html_file.relative_to(site_dir).as_posix()
    return "" if relative == "index.html" else relative.removesuffix("index.html")


def published_anchors(site_dir: Path) -> set[str]:
    """Every ``page-url`` and ``page-url#anchor`` (h2–h4 ids) of the built site."""
    entries: set[str] = set()
    for html_file in sorted(site_dir.rglob("*.html")):
        if html_file.name in NOT_PAGES or html_file.parent.name == "assets":
            continue
        url = page_url(site_dir, html_file)
        entries.add(url)
        entries.update(f"{url}#{anchor}" for anchor in heading_ids(html_file.read_text(encoding="utf-8")))
    return entries
