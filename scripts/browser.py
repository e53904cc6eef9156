"""Find a Chromium for the browser tests (shared by tests/conftest.py and scripts/)."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import re
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

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
# Every host but 127.0.0.1 resolves to nothing: a browser the tests or scripts start reaches no other
# machine, whatever a page asks for.
ONLY_THIS_MACHINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
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


def launch(playwright: object, executable: str | None = None) -> object:
    """Headless Chromium with LAUNCH_ARGS, as every test and script starts it, that reaches no other
    machine: the system one (``executable``, else chromium_path()), or Playwright's own when there is none."""
    return playwright.chromium.launch(executable_path=executable or chromium_path(), headless=True,
                                      args=[*LAUNCH_ARGS, ONLY_THIS_MACHINE])


def playwright_has_own_chromium() -> bool:
    """True when `playwright install chromium` has put a browser in Playwright's cache."""
    cache = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH", Path.home() / ".cache" / "ms-playwright"))
    return any(cache.glob("chromium-*/chrome-linux*/chrome")) or any(cache.glob("chromium_headless_shell-*"))


# What GitHub Pages compresses: text of any kind, fonts and images it can shrink are not ours to send.
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


@functools.lru_cache(maxsize=256)
def _read(path: str, compressed: bool, _mtime: int) -> bytes:
    with open(path, "rb") as source:
        body = source.read()
    return gzip.compress(body, compresslevel=6, mtime=0) if compressed else body


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static server that gzips text as GitHub Pages does, so byte counts match a reader's."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    prefix = "/"  # the site's path below the host, as site_url in mkdocs.yml says (/aws-note/)

    def translate_path(self, path: str) -> str:
        if not path.startswith(self.prefix) and path != self.prefix.rstrip("/"):
            return os.path.join(self.directory, "\0not-in-site")  # outside the site: its 404 page
        return super().translate_path("/" + path[len(self.prefix):])

    def send_head(self) -> object:
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        status = 200
        if not os.path.exists(path) and os.path.isfile(os.path.join(self.directory, "404.html")):
            path, status = os.path.join(self.directory, "404.html"), 404  # as GitHub Pages answers
        kind = self.guess_type(path)
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if status == 200 and not (wants_gzip and os.path.isfile(path) and kind.startswith(COMPRESSED_TYPES)):
            return super().send_head()
        body = _read(path, wants_gzip, os.stat(path).st_mtime_ns)
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if wants_gzip:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        """A browser that closes a connection mid-answer (a page left, a request aborted) is no error
        of the site's; print anything else as the standard server does."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def site_prefix(directory: Path) -> str:
    """The path the built site is published under ('/aws-note/'), read from its sitemap."""
    sitemap = directory / "sitemap.xml"
    if not sitemap.is_file():
        return "/"
    match = re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8"))
    return urlsplit(match.group(1)).path if match else "/"


@contextmanager
def serve_site(directory: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port), under its published path and gzip-compressed
    as GitHub Pages serves it, and yield its base URL ('http://127.0.0.1:PORT/aws-note/')."""
    prefix = site_prefix(directory)
    handler_class = type("_SiteHandler", (_QuietHandler,), {"prefix": prefix})
    handler = functools.partial(handler_class, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
