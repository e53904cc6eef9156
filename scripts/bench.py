"""make bench: how long the site takes to build and how much a first visit downloads.

Prints figures only; nothing here asserts (timings vary from machine to machine).
- cold build: a fresh `mkdocs build` process, imports included;
- warm build: median of three builds in one process after a first, discarded one;
- warm build without hooks: the same with `hooks: []`, to show what the checks cost;
- first visit: bytes the browser downloads for the home page and for a diagram page, with an
  empty cache, as served (uncompressed) and as gzip would send them (GitHub Pages compresses),
  and the page's DOM size (elements, as Lighthouse counts them);
- diagrams: what one pre-rendered diagram weighs, on average, raw and gzip;
- search: the index every page fetches and the documents fetched when search is first opened
  (hooks/search.py), raw and gzip, and the top-3 hit rate of the public query set
  (tests/search_queries.yml) typed into Material's search UI.
"""

from __future__ import annotations

import contextlib
import gzip
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from browser import LAUNCH_ARGS, chromium_path, serve_site
from mkdocs.commands.build import build
from mkdocs.config import load_config
from search_eval import load_queries, report, run_queries

ROOT = Path(__file__).resolve().parent.parent
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


def cold_build(site_dir: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
                   cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def warm_build(site_dir: Path, runs: int = 3, **overrides: object) -> float:
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    timings = []
    for index in range(runs + 1):
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), **overrides)
        start = time.perf_counter()
        build(config)
        if index:
            timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def first_visit(site_dir: Path, paths: list[str]) -> dict[str, tuple[int, int, int, int]]:
    """path → (requests, raw bytes, gzip bytes, DOM elements) for a first visit with an empty cache."""
    executable = chromium_path()
    if executable is None:
        return {}
    from playwright.sync_api import sync_playwright

    results: dict[str, tuple[int, int, int, int]] = {}
    with serve_site(site_dir) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=LAUNCH_ARGS)
        for path in paths:
            context = browser.new_context()
            page = context.new_page()
            bodies: list[tuple[str, bytes]] = []

            def keep(response: object, bodies: list[tuple[str, bytes]] = bodies) -> None:
                with contextlib.suppress(Exception):  # redirects and aborted requests have no body
                    bodies.append((response.headers.get("content-type", ""), response.body()))

            page.on("response", keep)
            page.goto(base + path, wait_until="networkidle")
            page.wait_for_timeout(1500)  # let late requests finish
            raw = sum(len(body) for _, body in bodies)
            zipped = sum(len(gzip.compress(body, 6)) if kind.startswith(TEXT_TYPES) else len(body)
                         for kind, body in bodies)
            elements = page.evaluate("document.getElementsByTagName('*').length")
            results[path] = (len(bodies), raw, zipped, elements)
            context.close()
        browser.close()
    return results


def diagram_weight(folder: Path = ROOT / "diagrams") -> tuple[int, float, float]:
    """(diagrams, mean raw bytes, mean gzip bytes) of one diagram's SVG files, as the pages inline them."""
    sizes: dict[str, list[int]] = {}
    for svg in folder.glob("*.svg"):
        body = svg.read_bytes()
        totals = sizes.setdefault(svg.name.split(".")[0], [0, 0])
        totals[0] += len(body)
        totals[1] += len(gzip.compress(body, 6))
    if not sizes:
        return 0, 0.0, 0.0
    return (len(sizes), statistics.mean(raw for raw, _ in sizes.values()),
            statistics.mean(zipped for _, zipped in sizes.values()))
def file_sizes(path: Path) -> tuple[int, int]:
    """(raw, gzip) bytes of a file, 0 when it does not exist."""
    if not path.is_file():
        return 0, 0
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, 6))


def search_quality(site_dir: Path) -> list[str]:
    executable = chromium_path()
    if executable is None:
        return ["search hit rate: n/a (no Chromium; see make test's message)"]
    from playwright.sync_api import sync_playwright

    with serve_site(site_dir) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=LAUNCH_ARGS)
        try:
            return report(run_queries(browser, base, load_queries()))
        finally:
            browser.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        cold = cold_build(site_dir)
        warm = warm_build(site_dir)
        bare = warm_build(Path(tmp) / "bare", hooks=[], strict=False)
        pages = sum(1 for _ in site_dir.rglob("index.html"))
        html_bytes = sum(p.stat().st_size for p in site_dir.rglob("*.html"))
        index = file_sizes(site_dir / "search" / "search_index.json")
        documents = file_sizes(site_dir / "search" / "search_docs.json")
        visits = first_visit(site_dir, ["", "compute/load-balancing/"])
        quality = search_quality(site_dir)
    print(f"cold build (new process)                {cold:6.2f} s")
    print(f"warm build (median of 3)                {warm:6.2f} s")
    print(f"warm build without hooks                {bare:6.2f} s   (hooks cost {warm - bare:+.2f} s)")
    print(f"pages                                   {pages:6d}")
    print(f"HTML, all pages                         {html_bytes / 1024:8.1f} KiB")
    for label, (raw, zipped) in (("search index, every page", index), ("search documents, on first search", documents)):
        print(f"{label:<40}{raw / 1024:8.1f} KiB raw, {zipped / 1024:7.1f} KiB gzip")
    if not visits:
        print(f"{'first visit':<40}n/a (no Chromium; see make test's message)")
    for path, (requests, raw, zipped, elements) in visits.items():
        label = f"first visit /{path}"
        print(f"{label:<40}{raw / 1024:8.1f} KiB raw, {zipped / 1024:7.1f} KiB gzip, {requests} requests, "
              f"{elements} DOM elements")
    count, raw, zipped = diagram_weight()
    print(f"{'diagram SVG (mean of ' + str(count) + ')':<40}{raw / 1024:8.1f} KiB raw, {zipped / 1024:7.1f} KiB gzip")
    print("search, public query set (tests/search_queries.yml):")
    for line in quality:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
