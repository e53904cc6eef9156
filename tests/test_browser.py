"""What only a browser can show: no request leaves the site, Korean search, diagrams, links, themes,
accessibility (axe-core) and what a first visit downloads.

The built site is served on 127.0.0.1 under its published path, gzip-compressed as GitHub Pages
serves it; every request to any other address is aborted and recorded, and a test fails if one
was attempted. Every page is opened twice by the `tour` fixture: in a desktop window, read in
the light scheme and then switched to the dark one, and on a phone. The per-page tests read what
that tour saw, so the suite pays for neither a page load per check nor one per colour scheme.
A page whose inputs are byte-for-byte those of the last green run is not opened again: its
readings from that run are checked (tests/tour_cache.py). CI opens every page.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import reading as reading_checks
import run_share
import tour_cache
from browser import launch
from conftest import (
    ROOT,
    TOUR_STARTED,
    BuiltSite,
    built_url,
    diagram_count,
    playwright_api,
    skip_module_without_a_browser,
)

pytestmark = pytest.mark.browser

skip_module_without_a_browser()  # one line in the summary, not one per test


# Every address but the local server's (and data: and blob: URLs, which never leave the browser).
# The Playwright driver matches the pattern itself, so a local request never waits for Python; the
# route also keeps the browser's cache off, so each page of a session is a first visit.
ELSEWHERE = re.compile(r"^(?!http://127\.0\.0\.1[:/]|data:|blob:)")


class Visit:
    """A browser page whose requests are confined to the local server: any other is recorded in
    ``external`` and stopped (aborted by a route, and the browser resolves no host name anyway);
    ``local`` lists the local ones. With ``first_visits`` (the default) the route also keeps the
    browser's cache off, so each page opened is a first visit; without, the cache works as a
    reader's does on the next page."""

    def __init__(self, browser: object, base_url: str, first_visits: bool = True, **context_options: object) -> None:
        self.base_url = base_url
        self.context = browser.new_context(**context_options)
        self.external: list[str] = []
        self.local: list[str] = []
        self.in_flight = 0
        if first_visits:
            self.context.route(ELSEWHERE, self._abort)
        # On the context, not the page: tabs opened later in the same context are watched too.
        self.context.on("request", self._started)
        self.context.on("requestfinished", self._ended)
        self.context.on("requestfailed", self._ended)
        self.page = self.context.new_page()

    def _started(self, request: object) -> None:
        self.in_flight += 1
        if urlsplit(request.url).hostname == "127.0.0.1":
            self.local.append(request.url)
        elif not request.url.startswith(("data:", "blob:")) and request.url not in self.external:
            self.external.append(request.url)  # the route's, or one the resolver stops

    def _ended(self, request: object) -> None:
        self.in_flight -= 1

    def _abort(self, route: object) -> None:
        if route.request.url not in self.external:
            self.external.append(route.request.url)
        route.abort()

    def open(self, path: str, wait_until: str | None = None) -> object:
        """Go to ``path``; by default wait for the load event and then for what starts after it
        (settle). With ``wait_until``, wait for that event only."""
        self.page.goto(self.base_url + path, wait_until=wait_until or "load")
        if wait_until is None:
            self.settle()
        return self.page

    def settle(self, quiet_ms: int = 100, limit_ms: int = 10000) -> None:
        """Wait for what the scripts start after load: the document unchanged for three animation
        frames, then no request in flight for ``quiet_ms`` (`networkidle` waits 500 ms, which every
        page would pay)."""
        self.settle_document()
        quiet = waited = 0
        while quiet < quiet_ms and waited < limit_ms:
            self.page.wait_for_timeout(25)
            waited += 25
            quiet = quiet + 25 if self.in_flight <= 0 else 0

    def settle_document(self, limit_ms: int = 5000) -> None:
        """Wait until the document has not changed for three animation frames: what Material's and
        our scripts do right after load or a palette switch (code toolbars, scroll boxes) is done."""
        self.page.evaluate(DOCUMENT_SETTLED, limit_ms)

    def close(self) -> None:
        self.context.close()


DOCUMENT_SETTLED = """limit => new Promise(resolve => {
  let calm = 0;
  const observer = new MutationObserver(() => { calm = 0; });
  observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  const done = () => { observer.disconnect(); resolve(); };
  const timer = setTimeout(done, limit);
  const frame = () => { if (++calm >= 3) { clearTimeout(timer); done(); } else requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})"""


@pytest.fixture()
def visit(browser: object, base_url: str) -> Iterator[Visit]:
    session = Visit(browser, base_url)
    yield session
    session.close()


def test_a_request_to_another_host_is_stopped_and_recorded(visit: Visit) -> None:
    # What test_no_request_leaves_the_site relies on: the request never leaves the browser.
    page = visit.open("")
    outcome = page.evaluate("fetch('https://example.com/x.js').then(() => 'loaded', () => 'stopped')")
    assert (outcome, visit.external) == ("stopped", ["https://example.com/x.js"])


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
        assert len(looks) == diagram_count("compute/load-balancing.md") > 0
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


# Every address the page writes into the address bar, with the event that was being answered:
# Material's anchor tracking rewrites it from a timer 250 ms after a scroll (the focus below
# scrolls), so the last address says nothing about what the button did.
ADDRESSES = """window.__addresses = [];
const replace = history.replaceState.bind(history);
history.replaceState = (state, title, url) => {
  window.__addresses.push([window.event ? window.event.type : null, String(url)]);
  return replace(state, title, url);
};"""


def test_copy_link_button_is_a_labelled_keyboard_control(visit: Visit) -> None:
    visit.context.add_init_script(ADDRESSES)
    page = visit.open("compute/load-balancing/")
    button = page.locator("h2#sticky-sessions button.copy-link")
    assert button.get_attribute("aria-label") == "이 섹션 링크 복사"
    # Focus without scrolling: a focus scroll makes Material's navigation.tracking write the
    # section then at the top into the address, racing the copy (on a loaded machine the address
    # ended in #health-checks about one run in three). At the top of the page, only the copy can
    # put #sticky-sessions there.
    button.evaluate("element => element.focus({preventScroll: true})")
    page.keyboard.press("Enter")
    page.wait_for_selector('h2#sticky-sessions button.copy-link[data-state="copied"]', timeout=5000)
    answered = [url for event, url in page.evaluate("window.__addresses") if event == "click"]
    assert [url.removeprefix(visit.base_url) for url in answered] == ["compute/load-balancing/#sticky-sessions"]


def test_copying_a_link_says_so_in_words(visit: Visit) -> None:
    # The check mark alone was easy to miss; the words go to a status line screen readers hear.
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = visit.open("compute/load-balancing/")
    page.hover("h2#sticky-sessions")
    page.click("h2#sticky-sessions button.copy-link")
    toast = page.locator(".copy-toast[role=status]")
    toast.filter(has_text="링크를 복사했습니다").wait_for()
    assert page.evaluate("navigator.clipboard.readText()").endswith("/compute/load-balancing/#sticky-sessions")
    box = toast.bounding_box()
    assert box and box["y"] + box["height"] <= page.viewport_size["height"]


PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
TIP = "#abbr-tip[role=tooltip]"


def test_an_abbreviation_shows_its_meaning_on_a_tap(browser: object, base_url: str) -> None:
    session = Visit(browser, base_url, **PHONE)
    try:
        page = session.open("messaging/sqs/", wait_until="load")
        term = page.locator("article p abbr[tabindex]").nth(3)
        meaning = term.get_attribute("title")
        term.scroll_into_view_if_needed()
        term.tap()
        tip = page.locator(TIP)
        assert tip.is_visible() and tip.text_content() == meaning
        box, width = tip.bounding_box(), page.viewport_size["width"]
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, "inside the screen"
        assert term.get_attribute("aria-describedby") == "abbr-tip"  # what a screen reader adds to the term
        page.locator("article h1").tap()  # a tap elsewhere closes it and gives the term its title back
        assert not tip.is_visible()
        assert term.get_attribute("title") == meaning
    finally:
        session.close()


def test_an_abbreviation_shows_its_meaning_from_the_keyboard(visit: Visit) -> None:
    page = visit.open("messaging/sqs/", wait_until="load")
    term = page.locator("article p abbr[tabindex]").first
    meaning = term.get_attribute("title")
    term.evaluate("t => { const before = document.createElement('span'); before.tabIndex = -1; t.before(before); "
                  "before.focus() }")  # start right before the term, as Tab from the text before it would
    page.keyboard.press("Tab")
    assert term.evaluate("t => t === document.activeElement")
    tip = page.locator(TIP)
    assert tip.is_visible() and tip.text_content() == meaning
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.keyboard.press("Tab")  # moving on leaves the term as it was
    assert term.get_attribute("title") == meaning and term.get_attribute("aria-describedby") is None


@pytest.mark.parametrize(("device", "says", "never"), [
    ("phone", ["링크 아이콘을 누르면", "약어를 누르면", "옆으로 밀어"], ["마우스", "Tab", "N은 다음 페이지"]),
    ("desktop", ["마우스를 올리면", "Tab", "N은 다음 페이지"], ["약어를 누르면", "옆으로 밀어"]),
])
def test_home_page_explains_the_device_in_hand(browser: object, base_url: str, device: str, says: list[str],
                                               never: list[str]) -> None:
    # It told phone readers to hover and to press / S N P, and never mentioned the link icon they see.
    session = Visit(browser, base_url, **(PHONE if device == "phone" else {}))
    try:
        page = session.open("", wait_until="load")
        shown = page.locator("#how-to-use + ul").inner_text()  # the text as shown: hidden items left out
        assert [words for words in says if words not in shown] == []
        assert [words for words in never if words in shown] == []
    finally:
        session.close()


# Every layout shift of the page (what Lighthouse adds up as CLS), recorded from the first byte on.
LAYOUT_SHIFTS = """window.__shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries())
    if (!entry.hadRecentInput)
      window.__shifts.push([entry.value,
                            ...entry.sources.map(s => s.node && s.node.nodeName + " " + s.node.className)]);
}).observe({type: "layout-shift", buffered: true});"""


def record_shifts_on_a_slowed_cpu(session: Visit) -> None:
    """From the next page on, record its layout shifts (window.__shifts) with the CPU slowed 4x,
    as Lighthouse slows it for a phone: the page is drawn before its scripts have run."""
    session.context.add_init_script(LAYOUT_SHIFTS)
    session.context.new_cdp_session(session.page).send("Emulation.setCPUThrottlingRate", {"rate": 4})


@pytest.mark.parametrize("path", ["security/iam/", "serverless/step-functions/", "basics/cloud-computing/"])
def test_nothing_moves_while_the_scripts_start_on_a_phone(browser: object, base_url: str, path: str) -> None:
    # On a phone, with the CPU slowed as Lighthouse slows it, the page is drawn before the scripts
    # run; what they add (copy-link buttons, table boxes, code toolbars) must not push it down.
    # These pages have a heading whose last line the copy-link button used to wrap.
    session = Visit(browser, base_url, viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    try:
        record_shifts_on_a_slowed_cpu(session)
        page = session.open(path, wait_until="load")
        page.wait_for_timeout(500)
        assert page.evaluate("window.__shifts") == []
    finally:
        session.close()


def test_without_javascript_no_copy_button_is_offered(browser: object, base_url: str) -> None:
    # hooks/copylink.py writes the buttons; only copy-link.js makes them work.
    session = Visit(browser, base_url, java_script_enabled=False)
    try:
        page = session.open("compute/load-balancing/", wait_until="load")
        assert page.locator("h2#sticky-sessions button.copy-link").count() == 1
        assert not page.locator("h2#sticky-sessions button.copy-link").is_visible()
        assert page.locator("h2#sticky-sessions a.headerlink").count() == 1
    finally:
        session.close()


def test_shared_anchor_link_lands_on_the_section(visit: Visit) -> None:
    page = visit.open("compute/load-balancing/#session-store")
    top = page.eval_on_selector("h2#session-store", "e => e.getBoundingClientRect().top")
    assert 0 <= top < 200


def test_first_tab_reaches_the_skip_link(visit: Visit) -> None:
    page = visit.open("compute/load-balancing/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "md-skip" in focused


@pytest.mark.long
@pytest.mark.parametrize("device", ["desktop", "phone"])
@pytest.mark.parametrize("path", ["messaging/sqs/", "database/dynamodb/api/"])
def test_every_tab_stop_from_the_top_of_the_page_is_visible(browser: object, base_url: str, device: str,
                                                           path: str) -> None:
    # Material 9.8 keeps its search results box in the tab order at 0 px while search is closed
    # (the 5th Tab stop of every page), and below 76.25em the closed navigation drawer's 40-odd
    # links were Tab stops off the screen's left edge (extra.css hides both).
    session = Visit(browser, base_url, first_visits=False, **(PHONE if device == "phone" else DESKTOP))
    try:
        count, hidden = reading_checks.invisible_tab_stops(session.open(path))
        assert count >= 20, "the walk reached the page's content"
        assert hidden == []
    finally:
        session.close()


def test_the_phone_menu_opens_and_closes_from_the_keyboard(browser: object, base_url: str) -> None:
    # Material's menu icon is a label no keyboard reached (hooks/aria.py puts it in the tab order);
    # material-gaps.js takes focus into the drawer it opens and back to the button on Escape.
    session = Visit(browser, base_url, first_visits=False, **PHONE)
    try:
        page = session.open("messaging/sqs/")
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "내비게이션 열기"
        page.keyboard.press("Enter")
        page.wait_for_function("document.activeElement.closest('.md-sidebar--primary') !== null")
        assert page.evaluate("document.getElementById('__drawer').checked")
        assert page.evaluate(reading_checks.TAB_STOP)["visible"], "the first link of the open drawer is on screen"
        page.keyboard.press("Escape")
        page.wait_for_function("!document.getElementById('__drawer').checked")
        assert page.evaluate("document.activeElement.textContent.trim()") == "내비게이션 열기"
    finally:
        session.close()


@pytest.mark.parametrize(("system", "scheme"), [("dark", "slate"), ("light", "default")])
def test_theme_follows_the_system_setting(browser: object, base_url: str, system: str, scheme: str) -> None:
    session = Visit(browser, base_url, color_scheme=system)
    try:
        assert session.open("").get_attribute("body", "data-md-color-scheme") == scheme
    finally:
        session.close()


# Every attribute write on the root, the body and a meta element from the first byte on, with the
# value it replaced, the value after the batch, and whether the body had been parsed by then
# (overrides/partials/startup.html: what Material does on load that restyles the page for nothing).
WRITES = """window.__writes = [];
new MutationObserver(records => {
  const body = !!document.body;
  for (const r of records) {
    const t = r.target;
    if (t === document.documentElement || t === document.body || t.tagName === "META")
      window.__writes.push({tag: t.tagName, name: t.getAttribute("name"), attr: r.attributeName,
                            old: r.oldValue, now: t.getAttribute(r.attributeName), body});
  }
}).observe(document, {attributes: true, attributeOldValue: true, subtree: true});"""
COLOURS = {"data-md-color-scheme", "data-md-color-primary", "data-md-color-accent"}


def _writes(page: object) -> list[dict[str, object]]:
    page.wait_for_timeout(300)  # the palette drops its mark one animation frame after a switch
    return page.evaluate("window.__writes.splice(0)")


def test_page_load_restyles_nothing_for_nothing(browser: object, base_url: str) -> None:
    # overrides/partials/startup.html patches DOM setters that Material's bundle calls, which stays
    # only for its measured gain: on Material 9.8.1, Lighthouse mobile on messaging/sqs/, runs
    # interleaved on one host: performance median 96.5 (93-100, 12 runs) with it, 90 (80-99, 6 runs)
    # with only its class swap, 87.5 (79-98, 6 runs) without it; total blocking time 199 / 383 /
    # 488 ms, main-thread work 2.0 / 2.4 / 2.9 s. Both medians without the patches fall below the
    # lowest of its 12 runs. tests/test_material_internals.py fails when the bundle stops making
    # the calls it intercepts.
    session = Visit(browser, base_url, color_scheme="light")
    try:
        session.context.add_init_script(WRITES)
        page = session.open("compute/load-balancing/")
        writes = _writes(page)
        # the root class is js before the body is styled; Material's own swap then changes nothing
        assert page.get_attribute("html", "class").split() == ["js", "js-focus-visible"]
        late = [w for w in writes if w["tag"] == "HTML" and w["attr"] == "class" and w["old"] != w["now"] and w["body"]]
        assert not late, writes
        # the page starts in the palette it shows: no colour changes, no switching mark, no light meta
        assert not [w for w in writes if w["attr"] == "data-md-color-switching"], writes
        assert not [w for w in writes if w["attr"] in COLOURS and w["old"] != w["now"]], writes
        assert not [w for w in writes if w["name"] == "color-scheme"], writes
        # instant navigation finds the style sheets already absolute
        assert page.eval_on_selector_all("link[rel=stylesheet]",
                                         "links => links.every(l => /^http/.test(l.getAttribute('href')))")

        # a real switch still turns transitions off while it applies, and tells the browser
        page.click("label[for=__palette_1]")
        page.click("label[for=__palette_2]")
        writes = _writes(page)
        assert page.get_attribute("body", "data-md-color-scheme") == "slate"
        assert page.get_attribute("meta[name=color-scheme]", "content") == "dark"
        assert [w["now"] for w in writes if w["attr"] == "data-md-color-switching"] == ["", None], writes
        page.click("label[for=__palette_0]")  # back to the system's (light) scheme
        _writes(page)
        assert page.get_attribute("body", "data-md-color-scheme") == "default"
        assert page.get_attribute("meta[name=color-scheme]", "content") == "light"
    finally:
        session.close()


# Every table the page loses from the first byte on (hooks/datatables.py: Material's script moved
# each table into its scrolling box after load, which laid it out a second time).
MOVED_TABLES = """window.__movedTables = 0;
new MutationObserver(records => {
  for (const r of records) for (const node of r.removedNodes) if (node.nodeName === "TABLE") window.__movedTables++;
}).observe(document, {childList: true, subtree: true});"""


def test_tables_arrive_in_their_box_and_keep_materials_style(browser: object, base_url: str) -> None:
    session = Visit(browser, base_url)
    try:
        session.context.add_init_script(MOVED_TABLES)
        for path in ("compute/load-balancing/", "glossary/"):
            page = session.open(path, wait_until="load")
            page.wait_for_timeout(200)
            tables = page.eval_on_selector_all("article table", """tables => tables.map(t => ({
                boxed: t.parentElement.matches(".md-typeset__scrollwrap > .md-typeset__table")
                       && t.closest(".md-typeset__table").querySelectorAll(".md-typeset__scrollwrap").length === 0,
                header: getComputedStyle(t.querySelector("th")).fontWeight,
                rule: getComputedStyle(t.querySelector("td")).borderTopStyle}))""")
            assert tables, path
            assert page.evaluate("window.__movedTables") == 0, path
            assert all(t["boxed"] for t in tables), (path, tables)
            assert all(t["header"] == "700" and t["rule"] == "solid" for t in tables), (path, tables)
    finally:
        session.close()


def test_a_dark_system_gets_the_switch_with_transitions_off(browser: object, base_url: str) -> None:
    session = Visit(browser, base_url, color_scheme="dark")
    try:
        session.context.add_init_script(WRITES)
        writes = _writes(session.open(""))
        assert [w["now"] for w in writes if w["attr"] == "data-md-color-switching"] == ["", None], writes
        assert session.page.get_attribute("meta[name=color-scheme]", "content") == "dark"
    finally:
        session.close()


# --- Every page, light and dark: axe-core, names, what a first visit downloads -------------------

DOCS = ROOT / "docs"
NOT_FOUND = "no-such-page/"  # GitHub Pages answers an unknown address with 404.html
PAGES = [*sorted(built_url(md.relative_to(DOCS).as_posix()) for md in DOCS.rglob("*.md")), NOT_FOUND]
# How the tour sees each page. A desktop window in the light scheme; the same loaded page switched
# to the dark scheme (the palette only swaps CSS custom properties, so the switch shows what a dark
# first visit shows: test_theme_follows_the_system_setting and the diagram tests open dark pages
# themselves); and a 390 px phone (light), loaded on its own: on a phone's first visit the scripts
# start at phone size, with touch and no hover, and tables and diagrams scroll sideways.
DESKTOP: dict[str, object] = {"color_scheme": "light"}
PHONE: dict[str, object] = {"color_scheme": "light", "viewport": {"width": 390, "height": 844},
                            "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
VIEWS = ("light", "dark", "phone")
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"  # MPL-2.0 (its LICENSE); version in vendor.json
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# What axe-core runs in each view. The dark scheme is the light page with other colours, so there
# axe checks the rules that read colours.
AXE_RUN: dict[str, dict[str, object]] = {
    "light": {"type": "tag", "values": AXE_TAGS},
    "dark": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    "phone": {"type": "tag", "values": AXE_TAGS},
}
BUDGET = 120 * 1024  # bytes a first visit may transfer (gzip)
# Browsers that share the tour: one more than the cores (see tour()), and not so many that starting
# them costs more than they save.
TOUR_BROWSERS = min((os.cpu_count() or 1) + 1, 6)
# The palette has switched and Material has turned transitions back on (the switch is over).
DARK_SHOWN = """() => document.body.getAttribute('data-md-color-scheme') === 'slate'
    && !document.body.hasAttribute('data-md-color-switching')"""


@dataclass
class PageReading:
    violations: dict[str, list[str]] = field(default_factory=dict)  # rule -> element selectors
    transferred: dict[str, int] = field(default_factory=dict)  # URL -> body bytes as sent (gzip)
    unnamed: list[str] = field(default_factory=list)  # images without alt, buttons without a name
    width: int = 0  # the document's scroll width (phone)
    cut_link_words: list[str] = field(default_factory=list)  # Korean words a line break cuts (tests/reading.py)
    cut_row_labels: list[str] = field(default_factory=list)  # words cut in tables' first column (phone)
    swiped_tables: dict[int, dict[str, object]] = field(default_factory=dict)  # wide table → after a swipe (phone)
    diagram_text: list[tuple[str, float]] = field(default_factory=list)  # diagram → smallest label, px on screen
    copy_buttons: list[str] = field(default_factory=list)  # copy-link buttons hard to see or hit (phone)
    landmarks: list[tuple[str, str]] = field(default_factory=list)  # (role, name) a screen reader lists

    def to_json(self) -> dict[str, object]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PageReading:
        """The reading as to_json() wrote it, with its tuples and integer keys back."""
        reading = cls(**data)
        reading.swiped_tables = {int(index): after for index, after in reading.swiped_tables.items()}
        reading.diagram_text = [tuple(item) for item in reading.diagram_text]
        reading.landmarks = [tuple(item) for item in reading.landmarks]
        return reading


@dataclass
class Tour:
    readings: dict[tuple[str, str], PageReading] = field(default_factory=dict)  # (page, view) ->
    page_external: dict[str, list[str]] = field(default_factory=dict)  # page -> the ones it asked for first
    loaded: dict[str, set[str]] = field(default_factory=dict)  # walked page -> site files its views loaded
    tools: str = ""  # tour_cache.tools_fingerprint() of the run
    kept_inputs: set[str] = field(default_factory=set)  # the files the reused pages' run found shared

    @property
    def external(self) -> list[str]:
        """Addresses elsewhere that any page asked for, each once, in the order they were asked for."""
        return list(dict.fromkeys(url for urls in self.page_external.values() for url in urls))

    @property
    def walked(self) -> list[str]:
        """The pages this run opened; the others' readings were reused."""
        return list(self.loaded)

    def add(self, path: str, readings: dict[str, PageReading], external: list[str],
            loaded: set[str] | None = None) -> None:
        for view, reading in readings.items():
            self.readings[(path, view)] = reading
        self.page_external[path] = list(external)
        if loaded is not None:
            self.loaded[path] = loaded

    def merge(self, other: Tour) -> None:
        for path in other.page_external:
            self.add(path, {view: other.readings[(path, view)] for view in VIEWS}, other.page_external[path],
                     other.loaded.get(path))

    def seen(self, path: str) -> dict[str, object]:
        """A page's readings as the cache keeps them (tests/tour_cache.py); add_seen() reads them back."""
        return {"readings": {view: self.readings[(path, view)].to_json() for view in VIEWS},
                "external": self.page_external[path]}

    def add_seen(self, path: str, seen: dict[str, object]) -> None:
        self.add(path, {view: PageReading.from_json(reading) for view, reading in seen["readings"].items()},
                 seen["external"])


@functools.cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def _axe(page: object, only: dict[str, object]) -> dict[str, list[str]]:
    """axe-core's violations on the page as it is now (loaded into the page on first use)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        # Evaluated rather than added as a <script> tag: V8 reuses the compiled source from the last
        # page (about 0.2 CPU s less per view), and no <script> element is added for axe to check.
        page.evaluate(f"{_axe_source()}\n;axe.configure({{noHtml: true}})")  # no element's HTML in the results
    found = page.evaluate("""async only => {
        const result = await axe.run(document, {resultTypes: ['violations'], runOnly: only});
        return result.violations.map(v => [v.id, v.nodes.map(n => n.target.join(' '))]);
    }""", only)
    return {rule: targets for rule, targets in found if targets}


UNNAMED = """() => [...document.querySelectorAll('img:not([alt]), button')]
    .filter(e => e.tagName === 'IMG' || !(e.getAttribute('aria-label') || e.textContent.trim() || e.title))
    .map(e => e.outerHTML.slice(0, 80))"""
WIDTH = "document.documentElement.scrollWidth"


def _on_the_desktop(session: Visit, path: str) -> tuple[PageReading, PageReading]:
    """One page in the desktop window, light and then dark: (light reading, dark reading)."""
    sizes: list[tuple[str, int]] = []

    def finished(request: object) -> None:
        sizes.append((request.url, request.sizes()["responseBodySize"]))

    session.page.on("requestfinished", finished)
    page = session.open(path, wait_until="load")
    session.settle()  # the network quiet, so late requests are counted too
    session.page.remove_listener("requestfinished", finished)
    light = PageReading(transferred={url: size for url, size in sizes if size >= 0}, unnamed=page.evaluate(UNNAMED),
                        width=page.evaluate(WIDTH), violations=_axe(page, AXE_RUN["light"]),
                        cut_link_words=reading_checks.cut_words(page, reading_checks.LINKS, hangul=True),
                        diagram_text=reading_checks.diagram_text_px(page), landmarks=reading_checks.landmarks(page))
    page.emulate_media(color_scheme="dark")
    page.wait_for_function(DARK_SHOWN)
    session.settle_document()
    dark = PageReading(width=page.evaluate(WIDTH), violations=_axe(page, AXE_RUN["dark"]))
    page.emulate_media(color_scheme="light")  # the next page starts light again
    return light, dark


def _on_the_phone(session: Visit, path: str) -> PageReading:
    page = session.open(path, wait_until="load")
    session.settle_document()  # what Material's and our scripts change right after load
    reading = PageReading(width=page.evaluate(WIDTH), violations=_axe(page, AXE_RUN["phone"]),
                          cut_link_words=reading_checks.cut_words(page, reading_checks.LINKS, hangul=True),
                          diagram_text=reading_checks.diagram_text_px(page),
                          copy_buttons=reading_checks.copy_button_problems(page),
                          landmarks=reading_checks.landmarks(page),
                          cut_row_labels=reading_checks.cut_words(page, reading_checks.FIRST_COLUMN, hangul=False))
    reading.swiped_tables = reading_checks.swipe_wide_tables(page)  # last: the swipes scroll the page
    return reading


def _views(browser: object, base_url: str) -> tuple[Visit, Visit]:
    # The phone reads no byte counts, so its pages may share the browser's cache.
    return Visit(browser, base_url, **DESKTOP), Visit(browser, base_url, first_visits=False, **PHONE)


def _crashed(error: Exception) -> bool:
    return isinstance(error, playwright_api.Error) and "crashed" in str(error)


def _walk(browser: object, base_url: str, paths: list[str]) -> Tour:
    """One part of the tour: the given pages, in every view.

    A page whose renderer crashes is read once more in new windows: Chromium crashed once on a fresh
    clone's run (2026-12, "Page.goto: Page crashed" on a page that loads fine before and after), and
    that one crash failed the 305 tests that read the tour. A page that crashes it twice fails."""
    seen = Tour()
    desktop, phone = _views(browser, base_url)
    try:
        for path in paths:
            for attempt in (1, 2):
                before = {visit: (len(visit.local), len(visit.external)) for visit in (desktop, phone)}
                try:
                    light, dark = _on_the_desktop(desktop, path)
                    readings = {"light": light, "dark": dark, "phone": _on_the_phone(phone, path)}
                    break
                except Exception as error:
                    if attempt == 2 or not _crashed(error):
                        raise
                    desktop.close()
                    phone.close()
                    desktop, phone = _views(browser, base_url)
            loaded = {url for visit, (local, _) in before.items() for url in visit.local[local:]}
            external = [url for visit, (_, elsewhere) in before.items() for url in visit.external[elsewhere:]]
            seen.add(path, readings, external,
                     {name for url in loaded if (name := tour_cache.site_file(url, base_url)) is not None})
    finally:
        desktop.close()
        phone.close()
    return seen


def _walk_in_own_browser(base_url: str, paths: list[str]) -> Tour:
    # Playwright's sync API belongs to the thread that started it: each part starts its own.
    with playwright_api.sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            return _walk(browser, base_url, paths)
        finally:
            browser.close()


def _own_file(path: str) -> str:
    """The site file a page of the tour is: its index.html, or 404.html for the unknown address."""
    return "404.html" if path == NOT_FOUND else tour_cache.page_file(path)


def walk_every_page(base_url: str, root: Path, saved: tour_cache.Saved | None = None) -> Tour:
    """Open every page once in each view, as a first visit (requests are routed, so nothing
    comes from a cache), and record what axe-core, the names check, the layout and the network saw.
    Browsers share the pages, one more than the machine has cores: the tour is most of the suite's
    time and most of it is Chromium's work, but each browser also waits (the network quiet, the
    document calm, a swipe standing still), and a spare one keeps every core busy meanwhile.

    A page whose inputs are what they were on the last green run (``saved``: tests/tour_cache.py)
    is not opened; its readings are taken from that run."""
    seen = Tour()
    own = {path: _own_file(path) for path in PAGES}
    tools = tour_cache.tools_fingerprint()
    saved = saved or tour_cache.Saved()
    for path, kept in tour_cache.reusable(saved, tools, root, PAGES, own).items():
        seen.add_seen(path, kept)
    if seen.page_external:
        seen.kept_inputs = set(saved.shared)
    to_walk = [path for path in PAGES if path not in seen.page_external]
    browsers = min(TOUR_BROWSERS, len(to_walk))
    if browsers:
        with ThreadPoolExecutor(max_workers=browsers) as pool:
            for part in pool.map(lambda paths: _walk_in_own_browser(base_url, paths),
                                 [to_walk[first::browsers] for first in range(browsers)]):
                seen.merge(part)
    seen.tools = tools
    return seen


def saved_tour(tour: Tour, root: Path) -> tour_cache.Saved:
    """What tests/tour_cache.py keeps of a tour whose readers all passed: every page's readings, its
    own HTML's hash, and the hashes of every other file any page loaded (in this run, or in the run
    whose readings it reused)."""
    own = {path: _own_file(path) for path in PAGES}
    # a page's own HTML is its own input (the unknown address asks for no-such-page/, gets 404.html)
    shared = set(tour.kept_inputs) | {name for path, names in tour.loaded.items() for name in names
                                      if name not in (own[path], tour_cache.page_file(path))}
    hashes = {name: tour_cache.file_hash(root, name) for name in sorted(shared)}
    if tour_cache.MISSING in hashes.values():  # the server answered a file it did not have with 404.html
        hashes["404.html"] = tour_cache.file_hash(root, "404.html")
    return tour_cache.Saved(tools=tour.tools, shared=dict(sorted(hashes.items())),
                            pages={path: {"html": tour_cache.file_hash(root, own[path]), "seen": tour.seen(path)}
                                   for path in PAGES})


def tour_to_json(tour: Tour, root: Path) -> dict[str, object]:
    """The tour as the leading process publishes it to the other workers (tests/run_share.py), with
    what the cache will keep if the run is green."""
    return {"tools": tour.tools, "walked": tour.walked, "pages": {path: tour.seen(path) for path in PAGES},
            "loaded": {path: sorted(names) for path, names in tour.loaded.items()},
            "kept_inputs": sorted(tour.kept_inputs), "keep": dataclasses.asdict(saved_tour(tour, root))}


def tour_from_json(data: dict[str, object]) -> Tour:
    seen = Tour(tools=data["tools"])
    for path, kept in data["pages"].items():
        seen.add_seen(path, kept)
    seen.loaded = {path: set(names) for path, names in data["loaded"].items()}
    seen.kept_inputs = set(data["kept_inputs"])
    return seen


@pytest.fixture(scope="module")
def tour(request: pytest.FixtureRequest, site: BuiltSite) -> Tour:
    """The tour's readings. The leading process starts the tour as soon as the site is built,
    beside every test but its readers (conftest.tour_in_the_background); the other workers read
    what it publishes."""
    started = request.config.stash.get(TOUR_STARTED, None)
    if started is not None:
        return started.result()
    published = run_share.wait_for("tour")
    if "error" in published:
        pytest.fail(f"the page tour failed in worker gw0:\n{published['error']}", pytrace=False)
    return tour_from_json(published)


def _crash_the_renderer_first(times: int, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the tour's desktop view crash its renderer (chrome://crash, with the view's route to
    other addresses lifted for that one navigation) before its first ``times`` pages; the pages it
    did that to."""
    original, crashed = _on_the_desktop, []

    def crashing(session: Visit, path: str) -> tuple[PageReading, PageReading]:
        if len(crashed) < times:
            crashed.append(path)
            session.context.unroute(ELSEWHERE)
            try:
                session.page.goto("chrome://crash")
            except playwright_api.Error:
                pass  # the navigation is aborted as the renderer goes down
            finally:
                session.context.route(ELSEWHERE, session._abort)
        return original(session, path)

    monkeypatch.setattr(sys.modules[__name__], "_on_the_desktop", crashing)
    return crashed


def test_the_tour_reads_a_page_again_after_its_renderer_crashes(browser: object, base_url: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = "basics/cloud-computing/"
    crashed = _crash_the_renderer_first(1, monkeypatch)
    seen = _walk(browser, base_url, [path])
    assert crashed == [path]
    assert seen.walked == [path] and seen.readings[(path, "light")].landmarks


def test_a_page_that_crashes_the_renderer_twice_fails_the_tour(browser: object, base_url: str,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _crash_the_renderer_first(2, monkeypatch)
    with pytest.raises(playwright_api.Error, match="crashed"):
        _walk(browser, base_url, ["basics/cloud-computing/"])


def test_a_kept_tour_reads_back_as_it_was(tour: Tour, site: BuiltSite) -> None:
    # The next run checks the kept readings of unchanged pages (tests/tour_cache.py), so they must
    # read back as this run's: tuples, table numbers and every view of every page.
    saved = saved_tour(tour, site.root)
    saved = tour_cache.Saved(**json.loads(json.dumps(dataclasses.asdict(saved))))
    again = Tour()
    for path, kept in tour_cache.reusable(saved, tour.tools, site.root, PAGES,
                                          {path: _own_file(path) for path in PAGES}).items():
        again.add_seen(path, kept)
    assert again.readings == tour.readings
    assert sorted(again.external) == sorted(tour.external)
    # every file the pages load, but not the pages themselves, is an input of every page; and no
    # page asked for a file the site lacks (the server's 404.html would then be an input of all)
    assert {"assets/stylesheets/extra.css", "assets/javascripts/copy-link.js"} <= set(saved.shared)
    assert not {_own_file(path) for path in PAGES} & set(saved.shared)


def test_no_request_leaves_the_site(tour: Tour) -> None:
    assert tour.external == []


def test_images_and_buttons_have_accessible_names(tour: Tour) -> None:
    unnamed = {path: tour.readings[(path, "light")].unnamed for path in PAGES}
    assert {path: found for path, found in unnamed.items() if found} == {}


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("path", PAGES)
def test_axe_core_finds_no_violation(tour: Tour, path: str, view: str) -> None:
    assert tour.readings[(path, view)].violations == {}


@pytest.mark.parametrize("view", ["light", "phone"])
def test_no_link_cuts_a_korean_word(tour: Tour, view: str) -> None:
    # Material's word-break on links (break-word; normal in tables) used to undo the site's keep-all:
    # "클라우드 컴퓨/팅 기초" (348 cut words on the phone, 61 on the desktop).
    cut = {path or "/": tour.readings[(path, view)].cut_link_words for path in PAGES}
    assert {path: words for path, words in cut.items() if words} == {}


def test_wide_tables_keep_their_row_labels_when_swiped_on_a_phone(tour: Tour) -> None:
    # The first column is sticky; it sticks to the box that scrolls only if the table itself is
    # not a scroll box (Material's overflow on the table made the labels scroll away).
    swiped = {(path or "/", index): after for path in PAGES
              for index, after in tour.readings[(path, "phone")].swiped_tables.items()}
    assert len(swiped) >= 40, "the tour swiped the wide tables of every page"
    assert {key: after for key, after in swiped.items() if after["moved"] <= 0 or after["lost"]} == {}


def test_row_labels_wrap_between_words_on_a_phone(tour: Tour) -> None:
    # The first column is as wide as its longest word ("ProjectionType", "CloudFormation").
    cut = {path or "/": tour.readings[(path, "phone")].cut_row_labels for path in PAGES}
    assert {path: words for path, words in cut.items() if words} == {}


@pytest.mark.parametrize("view", ["light", "phone"])
def test_diagram_labels_are_at_least_12_px_on_screen(tour: Tour, view: str) -> None:
    # A wide diagram scrolls sideways rather than shrink its 16 px labels below 12 px (the four
    # widest sequence diagrams had 8-9 px text).
    small = {(path, title): size for path in PAGES for title, size in tour.readings[(path, view)].diagram_text
             if size < 12}
    assert sum(len(tour.readings[(path, view)].diagram_text) for path in PAGES) >= 40
    assert small == {}


def test_copy_link_buttons_are_easy_to_see_and_hit_on_a_phone(tour: Tour) -> None:
    # They were 20 x 20 px at 1.6:1 contrast, and sometimes alone on a line under their heading.
    problems = {path or "/": tour.readings[(path, "phone")].copy_buttons for path in PAGES}
    assert {path: found for path, found in problems.items() if found} == {}


# The landmarks a reader needs, and no more: Material 9.8 wrote a <nav> per list, and a screen reader
# listed 8-14 navigation landmarks per page (one per nav section and table-of-contents sub-list:
# "1일차", "메시징", "가시성 제한 시간", ...). hooks/landmarks.py keeps these four.
NAVIGATION = {"내비게이션", "현재 위치", "목차", "이전·다음 페이지"}


@pytest.mark.parametrize("view", ["light", "phone"])
def test_a_screen_reader_gets_a_few_named_landmarks(tour: Tour, view: str) -> None:
    problems = {}
    for path in PAGES:
        found = tour.readings[(path, view)].landmarks
        roles = [role for role, _ in found]
        navigation = [name for role, name in found if role == "navigation"]
        if ([roles.count(role) for role in ("banner", "main", "contentinfo", "search")] != [1, 1, 1, 1]
                or len(navigation) != len(set(navigation)) or not set(navigation) <= NAVIGATION):
            problems[path or "/"] = found
    assert problems == {}
    # the site navigation is a landmark on the desktop; on a phone it is a closed drawer, hidden
    assert ("navigation", "내비게이션") in tour.readings[("messaging/sqs/", "light")].landmarks
    assert ("navigation", "내비게이션") not in tour.readings[("messaging/sqs/", "phone")].landmarks


def test_pages_fit_a_phone_screen(tour: Tour) -> None:
    overflowing = {path or "/": tour.readings[(path, "phone")].width for path in PAGES}
    assert {path: width for path, width in overflowing.items() if width > 391} == {}


@pytest.mark.parametrize("path", PAGES)
def test_first_visit_fits_the_budget(tour: Tour, path: str) -> None:
    # Everything a first visit transfers counts: the search documents load only when a reader
    # first opens search (hooks/search.py), so they are not part of a first visit.
    counted = tour.readings[(path, "light")].transferred
    assert any(url.endswith(".js") for url in counted), "the tour saw the page's own requests"
    assert sum(counted.values()) <= BUDGET, sorted(counted.items(), key=lambda item: -item[1])[:5]


# --- Arriving from a shared link, on a phone, on paper, at a wrong address ----------------------

MARKED = "e => getComputedStyle(e).borderLeftStyle === 'solid'"


def test_shared_section_is_marked_on_arrival(visit: Visit) -> None:
    page = visit.open("compute/load-balancing/#session-store", wait_until="load")
    assert page.eval_on_selector("h2#session-store", MARKED)
    assert not page.eval_on_selector("h2#sticky-sessions", MARKED)


def test_section_is_marked_after_instant_navigation(visit: Visit) -> None:
    page = visit.open("")
    page.click("article a[href$='compute/load-balancing/#session-store']")
    page.wait_for_url("**/compute/load-balancing/#session-store")
    page.wait_for_selector("h2#session-store.is-target")
    assert page.eval_on_selector("h2#session-store", MARKED)


def test_an_anchor_alias_marks_the_heading_after_it(visit: Visit) -> None:
    # No page renames a section yet: serve the page with the target hooks/anchors.py writes for
    # `anchor_aliases: {sticky: sticky-sessions}`.
    from anchors import insert_alias_targets

    def with_alias(route: object) -> None:
        page_html = insert_alias_targets(route.fetch().text(), {"sticky": "sticky-sessions"})
        assert 'id="sticky"' in page_html
        route.fulfill(body=page_html, content_type="text/html")

    visit.context.route("**/compute/load-balancing/", with_alias)
    page = visit.open("compute/load-balancing/#sticky", wait_until="load")
    assert page.eval_on_selector("h2#sticky-sessions", MARKED)
    assert not page.eval_on_selector("h2#session-store", MARKED)


def test_table_headers_wrap_between_words_on_a_phone(browser: object, base_url: str) -> None:
    phone = Visit(browser, base_url, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = phone.open("compute/load-balancing/", wait_until="load")
        split = page.evaluate("""() => {
            const split = [];
            for (const th of document.querySelectorAll('article table th')) {
                const text = th.firstChild;
                if (!text || text.nodeType !== 3) continue;
                for (const m of text.data.matchAll(/[^\\s(-]+-?|\\([^\\s(-]*-?/g)) {  // may break after -, before (
                    const range = document.createRange();
                    range.setStart(text, m.index);
                    range.setEnd(text, m.index + m[0].length);
                    if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) split.push(m[0]);
                }
            }
            return split;
        }""")
        assert split == []
        first_column = page.eval_on_selector("article table td", "e => getComputedStyle(e).position")
        assert first_column == "sticky"
    finally:
        phone.close()


def test_print_shows_the_article_answers_and_link_targets(browser: object, base_url: str) -> None:
    session = Visit(browser, base_url, color_scheme="dark")
    try:
        page = session.open("compute/load-balancing/", wait_until="load")
        page.emulate_media(media="print")
        shown = "e => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0"
        assert not page.eval_on_selector(".md-header", shown)
        assert not page.eval_on_selector(".md-sidebar--primary", shown)
        assert not page.eval_on_selector(".md-footer", shown)
        answer = "details.question:not([open]) > :not(summary)"
        assert page.eval_on_selector_all(answer, f"els => els.length > 0 && els.every({shown})")
        after = page.eval_on_selector("article a[href^='https://docs.aws.amazon.com/']",
                                      "e => [e.href, getComputedStyle(e, '::after').content]")
        assert after[1] == '" (" attr(href) ")"' or after[0] in after[1]
        assert page.eval_on_selector(".diagram svg", shown)  # its palette in print: the diagram tests
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), background
    finally:
        session.close()


def test_404_keeps_the_readers_path(visit: Visit) -> None:
    page = visit.open("compute/load-balancer/#sticky-sessions", wait_until="load")
    assert "compute/load-balancer/#sticky-sessions" in page.inner_text("#not-found-path")
    suggestion = page.locator("#not-found-suggestion a")
    assert suggestion.is_visible()
    assert suggestion.get_attribute("href").endswith("/compute/load-balancing/#sticky-sessions")
    assert "Elastic Load Balancing" in suggestion.inner_text()
    page.click("#not-found-search")  # to the home page with the search open on the path's words
    page.wait_for_url("**/?q=*")
    page.wait_for_function("document.getElementById('__search')?.checked")
    assert page.input_value("input.md-search__input") == "load balancer"
