"""What the page tour saw on the last green run, kept for the pages whose inputs have not changed.

The tour (tests/test_browser.py: every page on a desktop, light and dark, and on a phone) is most of
`make test`'s time, and most runs change a page or two. A page's readings are reused only when all
of these are byte-for-byte what they were on a run where every test passed and no reader of the tour
was left out (-k, --lf, a failure, a skip):

- the page's own HTML file;
- every other file any page of the tour loaded (stylesheets, scripts, images, another page's HTML
  if one was fetched): a change to any of them walks every page again;
- the tour's code and tools: tests/test_browser.py and every module of ours it imports (this one,
  tests/reading.py, tests/conftest.py, scripts/browser.py, ...), the vendored axe-core, the Chromium
  and Playwright versions, the fonts installed.

Under CI=true nothing is reused: CI walks every page. `pytest --cache-clear` does the same here.
The cache lives in .pytest_cache (git ignores it).
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from browser import chromium_path  # noqa: E402
from ci_policy import in_ci  # noqa: E402

KEY = "aws-note/tour"
MISSING = "missing"  # a file a page asked for and the server did not have (it answered with 404.html)
TOUR = "tests/test_browser.py"  # the tour; every module of ours it imports, directly or not, counts too
AXE = "tests/vendor/axe-core/axe.min.js"
OUR_FOLDERS = ("tests", "scripts", "hooks")
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"))


@dataclass
class Saved:
    """The readings of the last green run, and what they were read from."""

    tools: str = ""  # fingerprint of the tour's code and tools
    shared: dict[str, str] = field(default_factory=dict)  # site file -> sha256 (or MISSING), loaded by any page
    pages: dict[str, dict[str, object]] = field(default_factory=dict)  # page -> {"html": sha256, "seen": ...}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tour_code(root: Path = ROOT) -> list[str]:
    """The tour's module and every module of ours it imports, directly or through another one (found
    in tests/, scripts/ or hooks/), as paths below ``root``."""
    found: list[str] = []
    waiting = [TOUR]
    while waiting:
        name = waiting.pop()
        if name in found:
            continue
        found.append(name)
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            modules = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                       else [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level
                       else [])
            for module in modules:
                for folder in OUR_FOLDERS:
                    candidate = f"{folder}/{module.split('.')[0]}.py"
                    if (root / candidate).is_file():
                        waiting.append(candidate)
    return sorted(found)


def tools_fingerprint(root: Path = ROOT) -> str:
    """The tour's code, axe-core, the browser's and Playwright's versions and the installed fonts."""
    parts = [f"{name}\0{_sha((root / name).read_bytes())}" for name in [*tour_code(root), AXE]]
    executable = chromium_path()
    if executable:
        try:
            version = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            version = "unknown"
        parts.append(f"chromium\0{executable}\0{version.strip()}")
    try:
        from importlib.metadata import version as package_version

        parts.append(f"playwright\0{package_version('playwright')}")
    except ImportError:  # no Playwright: the tour does not run anyway
        parts.append("playwright\0none")
    for folder in FONT_DIRS:
        for directory, _, files in sorted(os.walk(folder)):
            for name in sorted(files):
                path = Path(directory, name)
                parts.append(f"font\0{path}\0{path.stat().st_size}")
    return _sha("\n".join(parts).encode())


def site_file(url: str, base_url: str) -> str | None:
    """The site file the local server sends for ``url`` ('assets/x.css', 'compute/ec2/index.html'),
    or None for an address outside the site."""
    base = urlsplit(base_url)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != base.netloc or not parts.path.startswith(base.path):
        return None
    return page_file(unquote(parts.path[len(base.path):]))


# sitemap.xml carries each page's last change in its <lastmod> (hooks/lastmod.py; the build's day
# while the page has uncommitted changes); Material reads only its addresses (for instant
# navigation), and a date that moves would walk every page again.
SITEMAP_DATES = re.compile(rb"<lastmod>[^<]*</lastmod>")


def file_hash(root: Path, relative: str) -> str:
    """sha256 of a site file; a directory stands for its index.html (the server's answer)."""
    path = root / relative
    if path.is_dir():
        path = path / "index.html"
    if not path.is_file():
        return MISSING
    content = path.read_bytes()
    return _sha(SITEMAP_DATES.sub(b"", content) if relative == "sitemap.xml" else content)


def page_file(address: str) -> str:
    """The file below the site the server looks for at an address: 'compute/ec2/' → its index.html,
    '' → 'index.html', 'assets/x.css' as it is. (It answers a file it lacks with 404.html.)"""
    return f"{address}index.html" if address == "" or address.endswith("/") else address


def reusable(saved: Saved, tools: str, root: Path, pages: list[str],
             own: dict[str, str]) -> dict[str, dict[str, object]]:
    """The saved readings that still hold: page -> what it saw. ``own`` maps a page to the file its
    own HTML is (the 404 address is answered by 404.html)."""
    if saved.tools != tools or not saved.pages:
        return {}
    if any(file_hash(root, name) != digest for name, digest in saved.shared.items()):
        return {}
    return {page: saved.pages[page]["seen"] for page in pages
            if page in saved.pages and saved.pages[page]["html"] == file_hash(root, own[page])}


def worth_keeping(*, green: bool, whole_suite: bool, readers: dict[str, list[str]] | None,
                  tour: dict[str, object] | None, passed: set[str]) -> Saved | None:
    """What to keep of a finished run's tour, or None: only a green run of the whole suite (no test
    deselected) in which every test that reads the tour passed, after a tour that ended well."""
    if not (green and whole_suite and readers and tour) or readers["left_out"] or "keep" not in tour:
        return None
    if not readers["nodeids"] or not set(readers["nodeids"]) <= passed:
        return None
    return Saved(**tour["keep"])


def load(cache: object | None) -> Saved:
    """What .pytest_cache holds for the tour; nothing under CI=true or without pytest's cache."""
    if cache is None or in_ci():
        return Saved()
    stored = cache.get(KEY, None)
    if not isinstance(stored, dict):
        return Saved()
    try:
        return Saved(**stored)
    except TypeError:  # written by another version of this module
        return Saved()


def save(cache: object | None, saved: Saved) -> None:
    if cache is not None:
        cache.set(KEY, dataclasses.asdict(saved))
