"""One strict build of the real site per run, made by the leading worker and read by every test
(tests/run_share.py); the page tour starts beside the tests as soon as it exists."""

from __future__ import annotations

import logging
import os
import re
import traceback
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import run_share
import tour_cache
from _log import LOGGER_NAME, PREFIX
from browser import chromium_path, launch, playwright_has_own_chromium, serve_site
from ci_policy import skip_or_fail
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass(frozen=True)
class BuildWarning:
    """One warning of a build: which logger said it, and what."""

    logger: str
    message: str

    @property
    def from_hooks(self) -> bool:
        return self.logger.startswith(f"{LOGGER_NAME}.")

    @property
    def hook_message(self) -> str:
        """The message without the hooks' common ``aws-note: `` prefix."""
        return self.message.removeprefix(f"{PREFIX}: ")


def built_url(source_path: str) -> str:
    """'index.md' → '', 'storage/s3/index.md' → 'storage/s3/', 'compute/ec2.md' → 'compute/ec2/'."""
    stem = source_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


class BuildWarnings(list):
    """A build's warnings (BuildWarning), and whether strict mode aborted the build for them."""

    aborted: bool = False


def diagram_count(source_path: str) -> int:
    """How many Mermaid diagrams ``docs/<source_path>`` has (its ```mermaid fences)."""
    from _markdown import fences

    return sum(fence.info == "mermaid" for fence in fences((ROOT / "docs" / source_path).read_text(encoding="utf-8")))


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    warnings: BuildWarnings

    def page(self, url: str) -> str:
        """HTML of the page at ``url`` ('' for home, 'compute/load-balancing/' …)."""
        return (self.root / url / "index.html").read_text(encoding="utf-8")

    def page_for_source(self, source_path: str) -> str:
        """HTML of the page built from ``docs/<source_path>``."""
        return (self.root / built_url(source_path) / "index.html").read_text(encoding="utf-8")

    def pages(self) -> dict[str, str]:
        """Every page's URL → HTML (the 404 page excluded)."""
        found: dict[str, str] = {}
        for html_file in sorted(self.root.rglob("index.html")):
            url = html_file.parent.relative_to(self.root).as_posix()
            found["" if url == "." else f"{url}/"] = html_file.read_text(encoding="utf-8")
        return found

    def unresolved(self, addresses: Iterable[str]) -> list[str]:
        """The addresses ('page/#anchor', 'page/', '' for home) whose page, or whose anchor on it,
        the site does not have; anchor aliases count, as a browser lands on them."""
        ids = {url: set(re.findall(r'\bid="([^"]+)"', html)) for url, html in self.pages().items()}
        gone = []
        for address in addresses:
            url, _, anchor = address.partition("#")
            if url not in ids or (anchor and anchor not in ids[url]):
                gone.append(address)
        return gone


def build_site(config_file: Path, site_dir: Path, **overrides: object) -> BuildWarnings:
    """Build strictly; return every warning. A strict failure still returns its warnings.

    Only the abort that strict mode raises after its warnings is caught: any other error, a
    ``SystemExit`` included, fails the test that asked for the build. The collector and MkDocs'
    own strict counter must agree: an abort with no warning collected, or collected warnings that
    strict mode let through (what ``mkdocs build --strict -q`` does), fails too.
    """
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.WARNING)  # whatever else ran in this process, warnings must reach us
    logger.addHandler(handler)
    aborted = False
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), **overrides)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        except Abort as error:
            if "in strict mode" not in str(error):
                raise
            aborted = True
        finally:
            config.plugins.on_shutdown()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    warnings = BuildWarnings(BuildWarning(record.name, record.getMessage()) for record in handler.records)
    warnings.aborted = aborted
    if config.strict and aborted != bool(warnings):
        raise AssertionError(f"strict mode {'aborted' if aborted else 'passed'} the build of {config_file} with "
                             f"{len(warnings)} warnings collected: the collector and MkDocs' counter disagree")
    return warnings


SITE: pytest.StashKey[BuiltSite] = pytest.StashKey()


def the_site(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The run's one strict build: made by the leading process (tests/run_share.py), read by the others."""
    if SITE in config.stash:
        return config.stash[SITE]
    if not run_share.leads(config):
        built = run_share.wait_for("site")
        if "error" in built:
            pytest.fail(f"the site build in worker gw0 failed: {built['error']}", pytrace=False)
        warnings = BuildWarnings(BuildWarning(logger, message) for logger, message in built["warnings"])
        warnings.aborted = built["aborted"]
        config.stash[SITE] = BuiltSite(Path(built["root"]), warnings)
        return config.stash[SITE]
    # SITE_DIR lets a caller keep this build (the Pages workflow publishes it: one build, tested).
    site_dir = Path(os.environ["SITE_DIR"]).resolve() if os.environ.get("SITE_DIR") else tmp_path_factory.mktemp("site")
    try:
        warnings = build_site(ROOT / "mkdocs.yml", site_dir)
    except BaseException as error:
        run_share.publish("site", {"error": f"{type(error).__name__}: {error}"})
        raise
    run_share.publish("site", {"root": str(site_dir), "aborted": warnings.aborted,
                               "warnings": [[warning.logger, warning.message] for warning in warnings]})
    config.stash[SITE] = BuiltSite(site_dir, warnings)
    return config.stash[SITE]


@pytest.fixture(scope="session")
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    return the_site(request.config, tmp_path_factory)


# --- Browser tests: one browser and one local server per test module -----------------------------

try:
    from playwright import sync_api as playwright_api
except ImportError:  # requirements-dev.txt pins it; a broken venv must not pass as "skipped" in CI
    playwright_api = None

BROWSER_TESTS = "the browser tests"


def unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if playwright_api is None:
        return "Playwright is not installed: run `make test`, which installs requirements-dev.txt"
    if chromium_path() is None and not playwright_has_own_chromium():
        return "no Chromium for the browser tests (scripts/check_browser.py, which make test runs, says how to get one)"
    return None


def skip_module_without_a_browser() -> None:
    """At the top of a browser test module: without a browser, skip the module as a whole (one line
    in the summary) outside CI, and fail it under CI=true (scripts/ci_policy.py)."""
    reason = unavailable()
    if reason is not None:
        skip_or_fail(BROWSER_TESTS, reason, whole_module=True)


@pytest.fixture(scope="module")
def base_url(site: BuiltSite) -> Iterator[str]:
    """The built site served on 127.0.0.1 (scripts/browser.py), for one test module."""
    with serve_site(site.root) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Headless Chromium for one test module (skipped outside CI, failed in CI, when there is none)."""
    reason = unavailable()
    if reason is not None:
        skip_or_fail(BROWSER_TESTS, reason)
    with playwright_api.sync_playwright() as playwright:
        launched = launch(playwright)
        yield launched
        launched.close()


# --- One build and one page tour per run, shared by every worker (tests/run_share.py) -------------

TOUR_STARTED: pytest.StashKey[Future[object]] = pytest.StashKey()
LEFT_OUT: pytest.StashKey[list[str]] = pytest.StashKey()  # tests this process was told not to run
RUN: pytest.StashKey[Path] = pytest.StashKey()  # the run's folder, in the process that started the run
PASSED: pytest.StashKey[_PassedTests] = pytest.StashKey()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The order the workers take the tests in (pytest-xdist hands them out in this order):
    - tests that need no build first, so the other workers have work while the leading one builds;
    - browser tests after the others, the long ones (marked `long`) first among them, so no worker
      ends the run alone with a 10-second test;
    - the tests that read the page tour last of all. The tour (started as soon as the site is
      built: tour_in_the_background) runs beside every test before its readers, which wait for it
      only at the end. Full runs on this 2-core host before workers, back to back: 336 s with the
      readers first among the browser tests, 328 s last."""
    items.sort(key=lambda item: (item.get_closest_marker("browser") is not None,
                                 "tour" in getattr(item, "fixturenames", ()),
                                 "site" in getattr(item, "fixturenames", ()),
                                 item.get_closest_marker("long") is None))


def pytest_deselected(items: list[pytest.Item]) -> None:
    if items:
        items[0].config.stash.setdefault(LEFT_OUT, []).extend(item.nodeid for item in items)


@pytest.fixture(scope="session", autouse=True)
def tour_in_the_background(request: pytest.FixtureRequest) -> Iterator[None]:
    """In the leading process: make the build first when any test needs it, and, when the run
    includes the tour's tests and a browser is there, start the tour (test_browser.walk_every_page,
    on a server of its own) before the first test; the tour fixture then takes its result, here or
    (published) in the other workers. Pages unchanged since the last green run are not walked again
    (tests/tour_cache.py); pytest_sessionfinish keeps what a green run saw for the next one."""
    if not run_share.leads(request.config):
        yield
        return
    items = request.session.items
    readers = [item for item in items if "tour" in getattr(item, "fixturenames", ())]
    run_share.publish("readers", {"nodeids": [item.nodeid for item in readers],
                                  "left_out": request.config.stash.get(LEFT_OUT, [])})
    # A fixture called `site` is the build unless a module has its own; a worker that needs the
    # build waits for this process's. (Not getfixturevalue("site"): that would resolve the name in
    # the first test's module.)
    if any("site" in getattr(item, "fixturenames", ()) for item in items):
        the_site(request.config, request.getfixturevalue("tmp_path_factory"))
    if not readers or unavailable() is not None:
        yield
        return
    module = readers[0].module
    site = the_site(request.config, request.getfixturevalue("tmp_path_factory"))
    saved = tour_cache.load(getattr(request.config, "cache", None))

    def walk(url: str) -> object:
        try:
            tour = module.walk_every_page(url, site.root, saved)
        except BaseException:
            run_share.publish("tour", {"error": traceback.format_exc()})
            raise
        run_share.publish("tour", module.tour_to_json(tour, site.root))
        return tour

    with serve_site(site.root) as url, ThreadPoolExecutor(max_workers=1) as pool:
        request.config.stash[TOUR_STARTED] = pool.submit(walk, url)
        yield


class _PassedTests:
    """The tests whose call passed, as the process that started the run hears of them (with
    pytest-xdist, the controller hears every worker's reports)."""

    def __init__(self) -> None:
        self.nodeids: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" and report.passed:
            self.nodeids.add(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Keep the tour's readings for the next run only when this run was the whole suite, green, with
    every test that reads the tour run and passed (tests/tour_cache.py)."""
    config = session.config
    if not run_share.starts_the_run(config):
        return
    kept = tour_cache.worth_keeping(green=exitstatus == 0,
                                    whole_suite=config.args_source == pytest.Config.ArgsSource.TESTPATHS,
                                    readers=run_share.published("readers"), tour=run_share.published("tour"),
                                    passed=config.stash[PASSED].nodeids)
    if kept is not None:
        tour_cache.save(getattr(config, "cache", None), kept)


def our_modules() -> str:
    """A warnings-filter module pattern for our own code: the modules of hooks/, scripts/ and tests/
    as Python imports them ('links'), and the hook modules as MkDocs names them ('hooks/links.py',
    also from a fixture site's absolute path)."""
    stems = sorted({path.stem for folder in ("hooks", "scripts", "tests") for path in (ROOT / folder).glob("*.py")})
    return rf"(.*/)?({'|'.join(map(re.escape, stems))})(\.py)?$"  # no `(?:`: a colon splits a filter


def pytest_configure(config: pytest.Config) -> None:
    # A deprecation our own code runs into fails its test; one from a library is shown in the summary.
    config.addinivalue_line("filterwarnings", f"error::DeprecationWarning:{our_modules()}")
    if run_share.starts_the_run(config):  # before pytest-xdist starts its workers, which inherit the folder
        config.stash[RUN] = run_share.start_run()
        config.stash[PASSED] = _PassedTests()
        config.pluginmanager.register(config.stash[PASSED], "aws-note-passed-tests")


def pytest_unconfigure(config: pytest.Config) -> None:
    if RUN in config.stash:
        run_share.end_run(config.stash[RUN])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how much of the page tour this run walked, and print the topics of the notes that still
    wait for a page, on every run."""
    import yaml

    tour = run_share.published("tour") if RUN in terminalreporter.config.stash else None
    if tour and "pages" in tour:
        walked, pages = len(tour["walked"]), len(tour["pages"])
        terminalreporter.write_line(
            f"page tour: {walked} of {pages} pages walked"
            + (f", {pages - walked} unchanged since the last green run read from .pytest_cache"
               " (tests/tour_cache.py; CI=true or --cache-clear walks every page)" if walked < pages else ""))

    topics_file = ROOT / "source" / "topics.yml"
    if not topics_file.is_file():
        return  # tests/test_traceability.py fails on its absence
    pending = yaml.safe_load(topics_file.read_text(encoding="utf-8")).get("pending") or []
    if pending:
        terminalreporter.section(f"notes topics still pending: {len(pending)}")
        for entry in pending:
            first, last = entry["lines"]
            terminalreporter.write_line(f"  {entry['id']}: notes lines {first}-{last}")
