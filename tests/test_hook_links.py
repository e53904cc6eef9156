"""hooks/links.py: every internal link resolves, external links use https."""

import logging
import re
from pathlib import Path

import pytest
from _log import HeldBack
from _markdown import links, resolve_url_path
from hooksite import FixtureSite

TOPIC, OTHER = "docs/basics/topic.md", "docs/basics/other.md"
TABLE_LINK = "[다른 주제](other.md)"
HTML_LINK = '<a href="../topic/#first-section">'

ELSEWHERE = ("docs/basics/{page}.md:{line}: {what} '{url}' loads from another host, and the site fetches "
             "nothing from elsewhere — save the file under docs/assets/ and link it relatively")

# (file, text in the fixture, what it becomes, the one expected message)
BROKEN_LINKS = {
    "missing page": (TOPIC, TABLE_LINK, "[다른 주제](othr.md)",
                     "docs/basics/topic.md:14: link 'othr.md' points to 'docs/basics/othr.md', which does not exist"),
    "missing anchor, in a table": (
        TOPIC, TABLE_LINK, "[다른 주제](other.md#nope)",
        "docs/basics/topic.md:14: link 'other.md#nope': 'docs/basics/other.md' has no anchor '#nope' — "
        "use one of its heading ids"),
    "missing anchor, in an admonition": (
        TOPIC, "    **현재:** 맞는 문장입니다.", "    **현재:** [같은 페이지](#missing) 참고.",
        "docs/basics/topic.md:19: link '#missing': this page has no anchor '#missing' — use one of its heading ids"),
    "raw HTML, missing anchor": (
        OTHER, HTML_LINK, '<a href="../topic/#second-section">',
        "docs/basics/other.md:10: link '../topic/#second-section': 'docs/basics/topic.md' has no anchor "
        "'#second-section' — use one of its heading ids"),
    "raw HTML, missing page": (
        OTHER, HTML_LINK, '<a href="../topics/">',
        "docs/basics/other.md:10: HTML link '../topics/' resolves to '/basics/topics/', "
        "which is no page or file of the site"),
    "http": (TOPIC, "본문입니다.", "본문입니다. [예](http://example.org/a.html)",
             "docs/basics/topic.md:10: link 'http://example.org/a.html' uses http — use https"),
    "built URL in Markdown": (
        TOPIC, TABLE_LINK, "[다른 주제](../other/#other-section)",
        "docs/basics/topic.md:14: link '../other/#other-section' points at a built URL — link the Markdown source "
        "instead: 'other.md#other-section'"),
    "built URL of no page": (
        TOPIC, TABLE_LINK, "[다른 주제](../others/)",
        "docs/basics/topic.md:14: link '../others/' points at a built URL or a missing file — "
        "link the Markdown source, e.g. 'page.md#anchor'"),
    "unsupported scheme": (TOPIC, "본문입니다.", "본문입니다. [파일](ftp://example.org/a.txt)",
                           "docs/basics/topic.md:10: link 'ftp://example.org/a.txt' uses an unsupported scheme — "
                           "use an https URL"),
    "link text wrapped onto the next line": (
        TOPIC, "본문입니다.", "본문입니다. [줄이 바뀌는\n링크 텍스트](otherr.md)도 있습니다.",
        "docs/basics/topic.md:11: link 'otherr.md' points to 'docs/basics/otherr.md', which does not exist"),
    "missing file": (TOPIC, TABLE_LINK, "[다른 주제](other.pdf)",
                     "docs/basics/topic.md:14: link 'other.pdf' points to 'docs/basics/other.pdf', which does not "
                     "exist"),
    "missing image": (TOPIC, "본문입니다.", "본문입니다. ![구성도](diagram.png)",
                      "docs/basics/topic.md:10: image 'diagram.png' points to 'docs/basics/diagram.png', which does "
                      "not exist — add the file there or fix the path"),
    "image from another host": (
        TOPIC, "본문입니다.", "본문입니다. ![구성도](https://example.com/d.png)", ELSEWHERE.format(
            page="topic", line=10, what="image", url="https://example.com/d.png")),
    "image from another host, by reference": (
        TOPIC, "본문입니다.", "본문입니다. ![구성도][d]\n\n[d]: https://example.com/d.png\n\n", ELSEWHERE.format(
            page="topic", line=12, what="image", url="https://example.com/d.png")),
    "frame from another host, in raw HTML": (
        OTHER, HTML_LINK, '<iframe src="https://www.example.com/embed/v"></iframe> ' + HTML_LINK, ELSEWHERE.format(
            page="other", line=10, what="<iframe> source", url="https://www.example.com/embed/v")),
    "absolute path": (
        TOPIC, TABLE_LINK, "[다른 주제](/basics/other.md)",
        "docs/basics/topic.md:14: link '/basics/other.md' is an absolute path — write it relative to this file, "
        "e.g. '../area/page.md'"),
}


@pytest.mark.parametrize(("page", "old", "new", "expected"), BROKEN_LINKS.values(), ids=BROKEN_LINKS.keys())
def test_broken_link_is_reported(tmp_path: Path, page: str, old: str, new: str, expected: str) -> None:
    site = FixtureSite(tmp_path)
    site.replace(page, old, new)
    assert site.build() == [expected]


def test_an_image_of_the_site_passes(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.path("docs/basics/diagram.png").write_bytes(b"\x89PNG\r\n")
    site.replace(TOPIC, "본문입니다.", "본문입니다. ![구성도](diagram.png)")
    assert site.build() == []


def test_with_links_py_unplugged_mkdocs_still_fails_the_build(tmp_path: Path) -> None:
    # links.py holds MkDocs' own link warnings back only while it reports them itself
    site = FixtureSite(tmp_path, without=frozenset({"links.py"}))
    site.replace(TOPIC, TABLE_LINK, "[다른 주제](othr.md)")
    assert [(w.logger, w.message) for w in site.build_all()] == [
        ("mkdocs.structure.pages", "Doc file 'basics/topic.md' contains a link 'othr.md', but the target "
                                   "'basics/othr.md' is not found among documentation files.")]


def test_held_back_warnings_the_hook_did_not_cover_are_passed_on() -> None:
    logger = logging.getLogger("tests.held-back")
    seen: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: seen.append(record.getMessage())  # type: ignore[method-assign]
    logger.addHandler(handler)
    held = HeldBack(logger.name, re.compile(r"^link '(?P<target>[^']*)'"))
    try:
        held.start()
        for message in ("link 'a.md' is broken", "link 'b.md' is broken", "something else"):
            logger.warning(message)
        assert seen == ["something else"]
        held.release(lambda match: match["target"] == "a.md")
        assert seen == ["something else", "link 'b.md' is broken"]
        logger.warning("link 'c.md' is broken")  # released: nothing is held any more
        assert seen[-1] == "link 'c.md' is broken"
    finally:
        logger.removeHandler(handler)


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "[다른 주제](other.md)", "[다른 주제](nope.md)")
    site.replace("docs/basics/other.md", "(topic.md#first-section)", "(topic.md#nope)")
    assert len(site.build()) == 2


def test_link_text_never_spans_a_blank_line() -> None:
    source = "# t\n\n[둘로\n나뉜](a.md) 그리고 [시작\n\n끝](b.md)\n"
    assert [(link.line, link.target) for link in links(source)] == [(4, "a.md")]


def test_links_in_inline_code_and_fences_are_ignored() -> None:
    source = "# t\n\n`[a](b.md)` 와 [c](d.md)\n\n```markdown\n[e](f.md)\n```\n"
    assert [link.target for link in links(source)] == ["d.md"]


def test_raw_html_urls_resolve_against_the_page_url() -> None:
    assert resolve_url_path("compute/load-balancing/", "../auto-scaling/") == "compute/auto-scaling/"
    assert resolve_url_path("", "compute/ec2/") == "compute/ec2/"
