"""make bench: how long the site takes to build, what a first visit downloads, Lighthouse scores.

Prints figures only; nothing here asserts (timings vary from machine to machine; the byte budget
and axe-core are asserted by tests/test_browser.py).
- cold build: a fresh `mkdocs build` process, imports included;
- warm build: median of three builds in one process after a first, discarded one;
- warm build without hooks: the same with `hooks: []`, to show what the checks cost;
- first visit: for every page, the bytes a browser with an empty cache receives, served
  gzip-compressed as GitHub Pages serves it, with and without the search index; the heaviest page;
- search: the index every page fetches and the documents fetched when search is first opened
  (hooks/search.py), raw and gzip, and the top-3 hit rate of the public query set
  (tests/search_queries.yml) and of the blind set (tests/search_queries_blind.yml, measured only)
  typed into Material's search UI;
- diagrams: what one pre-rendered diagram weighs, on average, raw and gzip;
- Lighthouse 12 (mobile, simulated throttling) for the home page, the heaviest page and a diagram
  page: its four category scores, total byte weight, blocking time, main-thread work and the
  observed first paint and load of the unthrottled run the simulation starts from, from
  the run with the median performance of three. Lighthouse slows the CPU 4x to stand for a
  mid-tier phone, which assumes a fast desktop host; on a slower host (its benchmarkIndex below
  1500) the pages are also audited with the slowdown Lighthouse's docs/throttling.md gives for
  that host, and both are printed. `make bench PAGES=all` audits every page instead (about 30 s a
  page) and names the pages under performance 98, the goal of issue 12;
- the baseline: Material's own default site (scripts/bench/baseline/: Material with its defaults,
  three pages of the length and kind of ours: long prose, tables, code), built and audited in the
  same run, browser and machine. Each audited page's performance and blocking time is printed
  beside the baseline's median, and a page more than 2 points under it, or under 100 on
  accessibility, best practices or SEO, is named (the goal of issue 23). Without a baseline from
  the same run no Lighthouse figure is printed: on a shared machine one run's scores say little. Lighthouse is pinned in
  scripts/lighthouse/package-lock.json and installed there by this script (npm ci) on first use;
  make test never needs it.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from browser import LAUNCH_ARGS, chromium_path, launch, serve_site
from mkdocs.commands.build import build
from mkdocs.config import load_config
from search_eval import BLIND, load_queries, report, run_queries

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE_DIR = ROOT / "scripts" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
INDEX = "search/search_index.json"
DOCUMENTS = "search/search_docs.json"
DIAGRAM_PAGE = "compute/load-balancing/"
BASELINE = ROOT / "scripts" / "bench" / "baseline"  # Material's defaults: the site ours is measured against
BASELINE_PAGES = ["", "tables/", "code/"]
BUDGET = 120 * 1024  # tests/test_browser.py asserts it


def cold_build(site_dir: Path) -> float:
    """A fresh strict `mkdocs build` process; a build with a warning stops make bench. (No --quiet:
    quiet mode drops warnings before strict mode counts them, so such a build could never fail.)"""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
                          cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"make bench: the strict build failed\n{done.stderr[-3000:]}")
    return elapsed


def warm_build(site_dir: Path, runs: int = 3, **overrides: object) -> float:
    """Median time of ``runs`` builds in this process; only timed (the cold build is the strict check)."""
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    timings = []
    for index in range(runs + 1):
        config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), **overrides)
        start = time.perf_counter()
        build(config)
        if index:
            timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def site_pages(site_dir: Path) -> list[str]:
    return sorted("" if html.parent == site_dir else f"{html.parent.relative_to(site_dir).as_posix()}/"
                  for html in site_dir.rglob("index.html"))


def first_visits(site_dir: Path, paths: list[str]) -> dict[str, tuple[int, int, int]]:
    """path → (requests, bytes as sent (gzip), bytes of them for the search index), empty cache."""
    executable = chromium_path()
    if executable is None:
        return {}
    from playwright.sync_api import sync_playwright

    results: dict[str, tuple[int, int, int]] = {}
    with serve_site(site_dir) as base, sync_playwright() as playwright:
        browser = launch(playwright, executable)
        for path in paths:
            context = browser.new_context()
            page = context.new_page()
            sizes: list[tuple[str, int]] = []

            def finished(request: object, sizes: list[tuple[str, int]] = sizes) -> None:
                with contextlib.suppress(Exception):
                    sizes.append((request.url, request.sizes()["responseBodySize"]))

            page.on("requestfinished", finished)
            page.goto(base + path, wait_until="networkidle")
            page.wait_for_timeout(1000)  # let late requests finish
            index = sum(size for url, size in sizes if url.endswith(INDEX))
            results[path] = (len(sizes), sum(size for _, size in sizes), index)
            context.close()
        browser.close()
    return results


def lighthouse_ready() -> str | None:
    """None when Lighthouse can run, else why not."""
    if chromium_path() is None:
        return "no Chromium (see make test's message)"
    if not LIGHTHOUSE.exists():
        if shutil.which("npm") is None:
            return "npm not found (Lighthouse is installed from scripts/lighthouse/package-lock.json)"
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=LIGHTHOUSE_DIR,
                              capture_output=True, text=True)
        if done.returncode != 0:
            return f"npm ci in scripts/lighthouse failed: {done.stderr.strip()[-300:]}"
    return None


def lighthouse(url: str, report: Path, cpu: float = 4) -> dict[str, float | int]:
    """Lighthouse's mobile scores (0-100), byte weight, blocking time, main-thread work and the
    host's benchmarkIndex for one URL, simulating a CPU ``cpu`` times slower than this one."""
    flags = "--headless=new " + " ".join(LAUNCH_ARGS)
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                    "--only-categories=performance,accessibility,best-practices,seo", f"--chrome-flags={flags}",
                    f"--throttling.cpuSlowdownMultiplier={cpu:g}"],
                   env={**os.environ, "CHROME_PATH": chromium_path() or ""}, check=True, capture_output=True)
    result = json.loads(report.read_text(encoding="utf-8"))
    scores: dict[str, float | int] = {key: round(category["score"] * 100)
                                      for key, category in result["categories"].items()}
    audits = result["audits"]
    scores["weight"] = audits["total-byte-weight"]["numericValue"]
    scores["tbt"] = audits["total-blocking-time"]["numericValue"]
    scores["dom"] = audits["dom-size"]["numericValue"]
    scores["main"] = audits["mainthread-work-breakdown"]["numericValue"]
    scores["host"] = result["environment"]["benchmarkIndex"]
    observed = audits["metrics"]["details"]["items"][0]  # the unthrottled load the simulation starts from
    scores["paint"] = observed["observedFirstPaint"]
    scores["load"] = observed.get("observedLoad", float("nan"))
    return scores


def lighthouse_runs(site_dir: Path, paths: list[str], runs: int = 3,
                    cpu: float = 4) -> dict[str, dict[str, float | int]]:
    """Each page's run with the median performance score of ``runs`` (it varies with machine load)."""
    with serve_site(site_dir) as base, tempfile.TemporaryDirectory() as tmp:
        results = {}
        for path in paths:
            tries = sorted((lighthouse(base + path, Path(tmp) / "report.json", cpu) for _ in range(runs)),
                           key=lambda scores: scores["performance"])
            results[path] = tries[len(tries) // 2]
        return results


def baseline_build(site_dir: Path) -> None:
    """Material's default site (scripts/bench/baseline), built as the site is: strict, in a new process."""
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
                           str(BASELINE / "mkdocs.yml"), "--site-dir", str(site_dir)],
                          cwd=BASELINE, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the baseline site did not build:\n{done.stderr}")


def against_baseline(results: dict[str, dict[str, float | int]],
                     baseline: dict[str, dict[str, float | int]]) -> list[str]:
    """Each page's performance and blocking time beside the baseline's medians, and the pages that
    miss the goal: within 2 points of the baseline's performance, 100 on the other categories."""
    performance = statistics.median(score["performance"] for score in baseline.values())
    tbt = statistics.median(score["tbt"] for score in baseline.values())
    lines = [f"  Material's default site (median of its {len(baseline)} pages): performance {performance:g}, "
             f"total blocking time {tbt:.0f} ms"]
    missed = []
    for path, score in results.items():
        lines.append(f"  /{path}: performance {score['performance']} ({score['performance'] - performance:+g} against "
                     f"the baseline), total blocking time {score['tbt']:.0f} ms ({score['tbt'] - tbt:+.0f} ms)")
        others = [name for name in ("accessibility", "best-practices", "seo") if score[name] < 100]
        if score["performance"] < performance - 2 or others:
            below = ", ".join(f"{name} {score[name]}" for name in others)
            missed.append(f"/{path}" + (f" ({below})" if others else ""))
    lines.append(f"  {len(results) - len(missed)} of {len(results)} pages within 2 points of the baseline and at 100 "
                 "on accessibility, best practices and SEO" + (f"; not: {', '.join(missed)}" if missed else ""))
    return lines


def calibrated_slowdown(benchmark_index: float) -> float:
    """The CPU slowdown that turns this host into Lighthouse's mid-tier phone, from the table in
    Lighthouse's docs/throttling.md ("Calibrating the CPU slowdown"): a high-end desktop
    (benchmarkIndex 1500 and up) 4x, the default; a low-end desktop (1000-1500) 2x. Below 1000
    Lighthouse itself warns that the host is too slow to judge."""
    if benchmark_index >= 1500:
        return 4
    if benchmark_index >= 1000:
        return 2
    return 1


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


def search_quality(site_dir: Path) -> tuple[list[str], list[str]]:
    """Report lines for the tuned query set and for the blind one (tests/search_queries_blind.yml)."""
    executable = chromium_path()
    if executable is None:
        missing = ["search hit rate: n/a (no Chromium; see make test's message)"]
        return missing, missing
    from playwright.sync_api import sync_playwright

    with serve_site(site_dir) as base, sync_playwright() as playwright:
        browser = launch(playwright, executable)
        try:
            return (report(run_queries(browser, base, load_queries())),
                    report(run_queries(browser, base, load_queries(BLIND))))
        finally:
            browser.close()


def kib(size: float) -> str:
    return f"{size / 1024:7.1f} KiB"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        cold = cold_build(site_dir)
        warm = warm_build(site_dir)
        bare = warm_build(Path(tmp) / "bare", hooks=[], strict=False)
        paths = site_pages(site_dir)
        html_bytes = sum(p.stat().st_size for p in site_dir.rglob("*.html"))
        index_raw = (site_dir / INDEX).read_bytes()
        documents = file_sizes(site_dir / DOCUMENTS)
        quality = search_quality(site_dir)
        visits = first_visits(site_dir, paths)
        heaviest = max(visits, key=lambda path: visits[path][1] - visits[path][2]) if visits else None
        why_not = lighthouse_ready()
        every_page = os.environ.get("PAGES") == "all"
        audited = (paths if every_page
                   else list(dict.fromkeys(["", heaviest if heaviest is not None else "", DIAGRAM_PAGE])))
        baseline_dir = Path(tmp) / "baseline"
        baseline_build(baseline_dir)
        scores = lighthouse_runs(site_dir, audited) if why_not is None else {}
        baseline = lighthouse_runs(baseline_dir, BASELINE_PAGES) if scores else {}
        host = statistics.median(score["host"] for score in scores.values()) if scores else 0
        slowdown = calibrated_slowdown(host)
        calibrated = lighthouse_runs(site_dir, audited, cpu=slowdown) if scores and slowdown != 4 else {}
        calibrated_baseline = lighthouse_runs(baseline_dir, BASELINE_PAGES, cpu=slowdown) if calibrated else {}
    print(f"cold build (new process)                {cold:6.2f} s")
    print(f"warm build (median of 3)                {warm:6.2f} s")
    print(f"warm build without hooks                {bare:6.2f} s   (hooks cost {warm - bare:+.2f} s)")
    print(f"pages                                   {len(paths):6d}")
    print(f"HTML, all pages                         {kib(html_bytes)}")
    print(f"search index, every page                {kib(len(index_raw))} raw, "
          f"{kib(len(gzip.compress(index_raw, 6))).strip()} gzip")
    print(f"search documents, on first search       {kib(documents[0])} raw, {kib(documents[1]).strip()} gzip")
    count, raw, zipped = diagram_weight()
    print(f"{'diagram SVG (mean of ' + str(count) + ')':<40}{kib(raw)} raw, {kib(zipped).strip()} gzip")
    print("search, public query set (tests/search_queries.yml):")
    for line in quality[0]:
        print(f"  {line}")
    print("search, blind query set (tests/search_queries_blind.yml, measured only):")
    for line in quality[1]:
        print(f"  {line}")
    if not visits:
        print(f"{'first visit':<40}n/a (no Chromium; see make test's message)")
    else:
        print(f"\nfirst visit, gzip as served (budget {BUDGET // 1024} KiB without the search index):")
        print(f"  {'page':<36}{'all':>11}{'w/o index':>13}  requests")
        for path, (requests, total, index) in visits.items():
            flag = "  over budget" if total - index > BUDGET else ""
            print(f"  /{path:<35}{kib(total)}  {kib(total - index)}  {requests:4d}{flag}")
        requests, total, index = visits[heaviest]
        print(f"  heaviest: /{heaviest} {kib(total - index).strip()} without the index, {kib(total).strip()} with it")
    print()
    if why_not is not None:
        print(f"Lighthouse: n/a ({why_not})")
    runs = [("4x CPU, Lighthouse's default", scores, baseline)]
    if calibrated:
        runs.append((f"{slowdown:g}x CPU, calibrated for this host (benchmarkIndex {host:.0f}; "
                     "Lighthouse docs/throttling.md)", calibrated, calibrated_baseline))
    elif scores and slowdown == 1:
        print(f"(benchmarkIndex {host:.0f}: Lighthouse calls this host too slow to judge a phone)")
    for title, results, against in runs:
        if not against:
            print(f"Lighthouse mobile, {title}: not printed (no baseline from this run)")
            continue
        print(f"Lighthouse mobile, {title}, median of 3:")
        for path, score in results.items():
            label = ", ".join(name for name, chosen in (("home", path == ""), ("heaviest page", path == heaviest),
                                                         ("diagram page", path == DIAGRAM_PAGE)) if chosen)
            load = f"load {score['load']:.0f} ms" if score["load"] == score["load"] else "no load event in the trace"
            print(f"  /{path}{f' ({label})' if label else ''}: performance {score['performance']}, "
                  f"accessibility {score['accessibility']}, best practices {score['best-practices']}, "
                  f"SEO {score['seo']}; weight {kib(score['weight']).strip()}, "
                  f"total blocking time {score['tbt']:.0f} ms, main-thread work {score['main']:.0f} ms, "
                  f"{score['dom']:.0f} DOM elements; observed first paint {score['paint']:.0f} ms, "
                  f"{load}")
        if every_page:
            low = sorted((score["performance"], f"/{path}") for path, score in results.items()
                         if score["performance"] < 98)
            print(f"  {len(results) - len(low)} of {len(results)} pages at performance 98 or more"
                  + (f"; under it: {', '.join(f'{path} {score}' for score, path in low)}" if low else ""))
        print(f"Against Material's default site, {title}, same run:")
        for line in against_baseline(results, against):
            print(line)
    if any(score["paint"] > score["load"] for _, results, against in runs if against for score in results.values()):
        print("  (a first paint after load: Lantern then counts all script work before it into FCP, LCP and "
              "Speed Index;\n   in Playwright the same pages paint before load, so read those runs' scores "
              "with that in mind)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
