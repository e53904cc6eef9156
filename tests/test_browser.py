"""What only a browser can show: no request leaves the site, Korean search, diagrams, links, themes.

The built site is served on 127.0.0.1; every request to any other address is aborted and
recorded, and a test fails if one was attempted.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from browser import HOW_TO_GET_ONE, LAUNCH_ARGS, chromium_path, playwright_has_own_chromium, serve_site
from conftest import BuiltSite

pytestmark = pytest.mark.browser

try:
    from playwright import sync_api as playwright_api
except ImportError:  # requirements-dev.txt pins it; a broken venv must not pass as "skipped" in CI
    playwright_api = None

NO_BROWSER = "no browser for the browser tests (make test printed how to get one)"


@pytest.fixture(scope="module")
def base_url(site: BuiltSite) -> Iterator[str]:
    with serve_site(site.root) as url:
        yield url


def unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if playwright_api is None:
        return "Playwright is not installed: run `make test`, which installs requirements-dev.txt"
    if chromium_path() is None and not playwright_has_own_chromium():
        return HOW_TO_GET_ONE
    return None


IN_CI = os.environ.get("CI", "").lower() == "true"
if unavailable() is not None and not IN_CI:
    pytest.skip(NO_BROWSER, allow_module_level=True)  # one line in the summary, not one per test


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    reason = unavailable()
    if reason is not None:
        pytest.fail(f"CI=true: the browser tests never skip in CI. {reason}")
    executable = chromium_path()
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


class Visit:
    """A browser page whose requests are confined to the local server."""

    def __init__(self, browser: object, base_url: str, **context_options: object) -> None:
        self.base_url = base_url
        self.context = browser.new_context(**context_options)
        self.external: list[str] = []
        self.local: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()

    def _route(self, route: object) -> None:
        url = route.request.url
        host = urlsplit(url).hostname
        if host == "127.0.0.1" or url.startswith(("data:", "blob:")):
            self.local.append(url)
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def open(self, path: str) -> object:
        self.page.goto(self.base_url + path, wait_until="networkidle")
        return self.page

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def visit(browser: object, base_url: str) -> Iterator[Visit]:
    session = Visit(browser, base_url)
    yield session
    session.close()


def test_no_request_leaves_the_site(visit: Visit, site: BuiltSite) -> None:
    for path in site.pages():
        visit.open(path)
    assert visit.external == []


def test_no_page_loads_the_diagram_library(visit: Visit, site: BuiltSite) -> None:
    # Diagrams are pre-rendered SVG (hooks/diagrams.py); the vendored Mermaid is only a fallback.
    for path in ("", "compute/load-balancing/", "security/credentials/"):
        visit.open(path)
    assert not [url for url in visit.local if "mermaid" in url and url.endswith(".js") and "loader" not in url]


# Per diagram: its height, and the lightness (0 black … 1 white) of its first label and first shape.
DIAGRAM_LOOKS = """svgs => svgs.map(svg => {
  const lightness = color => {
    const [r, g, b] = color.match(/[0-9.]+/g).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  const label = [...svg.querySelectorAll("text, tspan")].find(e => !e.querySelector("tspan") && e.textContent.trim());
  const shape = svg.querySelector(".node rect, .node path, .node polygon, rect.actor");
  return [svg.getBoundingClientRect().height, lightness(getComputedStyle(label).fill),
          lightness(getComputedStyle(shape).fill)];
})"""


@pytest.mark.parametrize(("system", "scheme"), [("light", "default"), ("dark", "slate")])
def test_diagrams_show_in_the_palette_of_the_page(browser: object, base_url: str, system: str, scheme: str) -> None:
    # One SVG per diagram; its colours follow the palette the page shows (dark text on light
    # shapes in the light palette, the reverse in the dark one), and print always gets the light one.
    session = Visit(browser, base_url, color_scheme=system)
    try:
        page = session.open("compute/load-balancing/")
        assert page.get_attribute("body", "data-md-color-scheme") == scheme
        looks = page.eval_on_selector_all(".diagram svg", DIAGRAM_LOOKS)
        assert len(looks) == 4
        for height, text, shape in looks:
            assert height > 40, looks
            assert (text > 0.6 and shape < 0.3) if scheme == "slate" else (text < 0.4 and shape > 0.7), looks
        page.emulate_media(media="print")
        for _, text, shape in page.eval_on_selector_all(".diagram svg", DIAGRAM_LOOKS):
            assert text < 0.4 and shape > 0.7
    finally:
        session.close()


def test_instant_navigation_to_a_diagram_page(visit: Visit) -> None:
    page = visit.open("")
    page.click("article a[href$='compute/load-balancing/']")
    page.wait_for_url("**/compute/load-balancing/")
    page.wait_for_selector(".diagram svg", state="visible")
    assert visit.external == []


def test_korean_search_finds_the_sticky_sessions_section(visit: Visit) -> None:
    page = visit.open("")
    page.keyboard.press("/")
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.trim() !== ''")
    page.keyboard.type("고정 세션")  # Material listens for key events, so type rather than fill
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    hrefs = page.eval_on_selector_all(".md-search-result__link", "els => els.map(e => e.getAttribute('href'))")
    targets = {urlsplit(href).path + "#" + urlsplit(href).fragment for href in hrefs}
    assert any(target.endswith("/compute/load-balancing/#sticky-sessions") for target in targets), targets


def test_permalink_puts_the_section_url_in_the_address_bar(visit: Visit) -> None:
    page = visit.open("compute/load-balancing/")
    page.hover("h2#sticky-sessions")
    page.click("h2#sticky-sessions a.headerlink")
    assert page.url.endswith("/compute/load-balancing/#sticky-sessions")


def test_copy_link_button_is_a_labelled_keyboard_control(visit: Visit) -> None:
    page = visit.open("compute/load-balancing/")
    button = page.locator("h2#sticky-sessions button.copy-link")
    assert button.get_attribute("aria-label") == "이 섹션 링크 복사"
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector('h2#sticky-sessions button.copy-link[data-state="copied"]', timeout=5000)
    assert page.url.endswith("/compute/load-balancing/#sticky-sessions")


def test_shared_anchor_link_lands_on_the_section(visit: Visit) -> None:
    page = visit.open("compute/load-balancing/#session-store")
    top = page.eval_on_selector("h2#session-store", "e => e.getBoundingClientRect().top")
    assert 0 <= top < 200


def test_first_tab_reaches_the_skip_link(visit: Visit) -> None:
    page = visit.open("compute/load-balancing/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "md-skip" in focused


@pytest.mark.parametrize(("system", "scheme"), [("dark", "slate"), ("light", "default")])
def test_theme_follows_the_system_setting(browser: object, base_url: str, system: str, scheme: str) -> None:
    session = Visit(browser, base_url, color_scheme=system)
    try:
        assert session.open("").get_attribute("body", "data-md-color-scheme") == scheme
    finally:
        session.close()


def test_pages_fit_a_phone_screen(browser: object, base_url: str, site: BuiltSite) -> None:
    phone = Visit(browser, base_url, viewport={"width": 390, "height": 844}, device_scale_factor=2,
                  is_mobile=True, has_touch=True)
    try:
        overflowing = []
        for path in site.pages():
            page = phone.open(path)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 391:
                overflowing.append(f"{path or '/'}: {width}px")
        assert overflowing == []
    finally:
        phone.close()


def test_images_and_buttons_have_accessible_names(visit: Visit, site: BuiltSite) -> None:
    for path in site.pages():
        page = visit.open(path)
        unnamed = page.evaluate("""() => [...document.querySelectorAll('img:not([alt]), button')]
            .filter(e => e.tagName === 'IMG' || !(e.getAttribute('aria-label') || e.textContent.trim() || e.title))
            .map(e => e.outerHTML.slice(0, 80))""")
        assert unnamed == [], path
