"""The 오류 제보 link in a browser: it opens the issue form's address with the page filled in, and the
section the reader is in. The navigation to GitHub is intercepted (Visit aborts and records every
request to another host), so the test reads the address it would have opened and sends nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import skip_module_without_a_browser
from mkdocs.config import load_config
from test_browser import ROOT, Visit

pytestmark = pytest.mark.browser

skip_module_without_a_browser()  # one line in the summary, not one per test

CONFIG = load_config(str(ROOT / "mkdocs.yml"))
PAGE = "messaging/sqs/"


@pytest.fixture()
def visit(browser: object, base_url: str) -> Iterator[Visit]:
    session = Visit(browser, base_url)
    yield session
    session.close()


def _opened(session: Visit) -> dict[str, list[str]]:
    """The query of the issue-form address the browser tried to open (and was not allowed to)."""
    session.page.wait_for_timeout(300)
    forms = [url for url in session.external if urlsplit(url).path.endswith("/issues/new")]
    assert len(forms) == 1, session.external
    url = urlsplit(forms[0])
    assert f"{url.scheme}://{url.netloc}{url.path}" == CONFIG.repo_url.rstrip("/") + "/issues/new"
    return parse_qs(url.query)


def test_the_link_names_the_page_and_the_section_scrolled_to(visit: Visit) -> None:
    page = visit.open(PAGE)
    page.evaluate("document.getElementById('message-size').scrollIntoView()")  # reading that section
    page.wait_for_timeout(200)
    page.evaluate("window.scrollTo(0, 0)")  # back up to the title to report: the section stays
    page.wait_for_timeout(200)
    link = page.get_by_role("link", name="오류 제보")
    link.focus()  # reachable by keyboard, and Enter follows it
    page.keyboard.press("Enter")
    query = _opened(visit)
    assert query["template"] == ["fact-report.yml"]
    assert query["page"] == [CONFIG.site_url + PAGE]
    assert query["title"] == ["[오류 제보] Amazon SQS"]
    assert query["section"] == ["메시지 크기 (#message-size)"]


def test_a_shared_section_address_names_the_section(visit: Visit) -> None:
    page = visit.open(PAGE + "#visibility-timeout")
    page.evaluate("window.scrollTo(0, 0)")
    page.get_by_role("link", name="오류 제보").click()
    assert _opened(visit)["section"][0].endswith("(#visibility-timeout)")


def test_at_the_top_of_a_fresh_page_only_the_page_is_named(visit: Visit) -> None:
    page = visit.open(PAGE)
    page.get_by_role("link", name="오류 제보").click()
    query = _opened(visit)
    assert query["page"] == [CONFIG.site_url + PAGE] and "section" not in query


def test_without_javascript_the_link_still_names_the_page(browser: object, base_url: str) -> None:
    session = Visit(browser, base_url, java_script_enabled=False)
    try:
        page = session.open(PAGE + "#visibility-timeout", wait_until="load")
        page.get_by_role("link", name="오류 제보").click()
        query = _opened(session)
        assert query["page"] == [CONFIG.site_url + PAGE] and "section" not in query
    finally:
        session.close()
