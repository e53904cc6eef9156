"""What a reader gets from the built HTML: link previews, the 404 page, Material's gaps named."""

from __future__ import annotations

import html
import re

import pytest
from aria import patch_html
from conftest import BuiltSite
from social import shorten, summary_text


def meta(page_html: str, key: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)">', page_html)
    return html.unescape(match.group(1)) if match else None


def test_every_page_unfurls_with_its_title_and_summary(site: BuiltSite) -> None:
    for url, page_html in site.pages().items():
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', page_html).group(1)
        title = re.search(r"<title>([^<]+)</title>", page_html).group(1)
        assert meta(page_html, "og:url") == canonical, url
        assert meta(page_html, "og:locale") == "ko_KR", url
        assert meta(page_html, "og:title") == html.unescape(title), url
        assert meta(page_html, "twitter:card") == "summary", url
        description = meta(page_html, "og:description")
        assert description and description == meta(page_html, "description") == meta(page_html,
                                                                                        "twitter:description"), url


def test_description_is_the_summary_paragraph(site: BuiltSite) -> None:
    page_html = site.page("compute/load-balancing/")
    summary = summary_text(page_html.split('<article', 1)[1])
    assert summary is not None and summary.startswith("Elastic Load Balancing(ELB)은 들어오는 트래픽을")
    assert meta(page_html, "og:description") == shorten(summary)
    assert "<" not in meta(page_html, "og:description")


def test_no_preview_needs_an_image_or_another_host(site: BuiltSite) -> None:
    head = site.page("").split("</head>", 1)[0]
    assert "og:image" not in head and "twitter:image" not in head


@pytest.mark.parametrize(("text", "expected"), [
    ("짧은 요약입니다.", "짧은 요약입니다."),
    ("첫 문장입니다. " + "가" * 200, "첫 문장입니다."),
    ("공백 " * 100, ("공백 " * 53).strip() + "…"),
])
def test_long_summaries_end_at_a_sentence_or_a_space(text: str, expected: str) -> None:
    assert shorten(text) == expected


def test_404_page_offers_search_and_the_learning_path(site: BuiltSite) -> None:
    page_html = (site.root / "404.html").read_text(encoding="utf-8")
    article = page_html.split("<article", 1)[1].split("</article>", 1)[0]
    assert "<h1>페이지를 찾을 수 없습니다</h1>" in article
    assert re.search(r'href="/[^"]*/#learning-path">학습 순서 보기</a>', article)
    assert 'id="not-found-search"' in article and "?q=" in article
    assert '"compute/load-balancing/", "Elastic Load Balancing"' in article  # the pages it can suggest
    assert site.page("").count('id="learning-path"') == 1


def test_materials_unnamed_search_dialog_and_progress_bar_are_named(site: BuiltSite) -> None:
    for url, page_html in [*site.pages().items(), ("404", (site.root / "404.html").read_text(encoding="utf-8"))]:
        assert 'role="dialog" aria-label="검색"' in page_html, url
        assert 'role="progressbar" aria-hidden="true"' in page_html, url
    assert '<nav class="md-path" aria-label="현재 위치"' in site.page("compute/load-balancing/")
    # sections with an index page: the toggle label that names their nav holds only an icon. The
    # navigation is pruned (navigation.prune), so a section's toggle is on the section's own pages.
    for section, url in (("Amazon S3", "storage/s3/"), ("Amazon DynamoDB", "database/dynamodb/capacity/")):
        assert re.search(rf'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" '
                         rf'tabindex="0"><span class="visually-hidden">{section}</span>', site.page(url)), section


def test_a_theme_whose_markup_changed_is_reported() -> None:
    dialog = '<div class="md-search" data-md-component="search" role="dialog">'
    progress = '<div class="md-progress" data-md-component="progress" role="progressbar">'
    patched, missing = patch_html(dialog + progress)
    assert 'role="dialog" aria-label="검색"' in patched and 'role="progressbar" aria-hidden="true"' in patched
    assert missing == []
    changed = '<div class="md-search" role="dialog">'  # a theme that moved the attribute
    patched, missing = patch_html(changed + progress)
    assert changed in patched
    assert [pattern for pattern in missing if "md-search" in pattern] != []
    assert [pattern for pattern in missing if "md-progress" in pattern] == []
