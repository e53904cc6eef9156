"""Find a Chromium for the browser tests (shared by tests/conftest.py and scripts/)."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CANDIDATES = (
    "/usr/bin/chromium",            # Debian's chromium package (what .ci/run installs)
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",       # GitHub's ubuntu runners ship Chrome
    "/usr/bin/google-chrome-stable",
)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
HOW_TO_GET_ONE = (
    "No Chromium found for the browser tests. Install one:\n"
    "  Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk\n"
    "  anywhere else:  .venv/bin/playwright install chromium\n"
    "or point CHROMIUM_PATH at a Chromium or Chrome binary."
)


def chromium_path() -> str | None:
    """A system Chromium, or None (Playwright's own download is then tried by the tests)."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).is_file() else None
    for candidate in CANDIDATES:
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("chromium")
    return found


def playwright_has_own_chromium() -> bool:
    """True when `playwright install chromium` has put a browser in Playwright's cache."""
    cache = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH", Path.home() / ".cache" / "ms-playwright"))
    return any(cache.glob("chromium-*/chrome-linux*/chrome")) or any(cache.glob("chromium_headless_shell-*"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_site(directory: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port) and yield its base URL, ending in '/'."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
