"""What a reader gets from the built HTML: link previews, the 404 page, Material's gaps named."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import material
import pytest
from aria import patch_html
from conftest import ROOT, BuiltSite
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
        assert ('<label class="md-header__button md-icon" for="__drawer" tabindex="0">'
                '<span class="visually-hidden">내비게이션 열기</span>') in page_html, url
    assert '<nav class="md-path" aria-label="현재 위치"' in site.page("compute/load-balancing/")
    # sections with an index page: the toggle label that names their nav holds only an icon. The
    # navigation is pruned (navigation.prune), so a section's toggle is on the section's own pages.
    for section, url in (("Amazon S3", "storage/s3/"), ("Amazon DynamoDB", "database/dynamodb/capacity/")):
        assert re.search(rf'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label" '
                         rf'tabindex="0"><span class="visually-hidden">{section}</span>', site.page(url)), section


def test_a_theme_whose_markup_changed_is_reported() -> None:
    dialog = '<div class="md-search" data-md-component="search" role="dialog">'
    progress = '<div class="md-progress" data-md-component="progress" role="progressbar">'
    drawer = '<label class="md-header__button md-icon" for="__drawer">'
    patched, missing = patch_html(dialog + progress + drawer)
    assert 'role="dialog" aria-label="검색"' in patched and 'role="progressbar" aria-hidden="true"' in patched
    assert missing == []
    changed = '<div class="md-search" role="dialog">'  # a theme that moved the attribute
    patched, missing = patch_html(changed + progress + drawer)
    assert changed in patched
    assert [pattern for pattern in missing if "md-search" in pattern] != []
    assert [pattern for pattern in missing if "md-progress" in pattern] == []


# Material 9.8's ko.html strings the site corrects (overrides/partials/languages/ko-custom.html),
# and what readers get instead.
MATERIAL_KO = Path(material.__file__).parent / "templates" / "partials" / "languages" / "ko.html"
OUR_KO = ROOT / "overrides" / "partials" / "languages" / "ko-custom.html"
CORRECTED = {
    "nav": ("네비게이션", "내비게이션"),
    "top": ("맨위로", "맨 위로"),
    "action.view": ("페이지소스 보기", "페이지 소스 보기"),
    "footer": ("하단/푸터", "이전·다음 페이지"),
    "clipboard.copy": ("클립보드로 복사", "클립보드에 복사"),
    "clipboard.copied": ("클립보드에 복사됨", "클립보드에 복사했습니다"),
    "search.result.initializer": ("검색 초기화", "검색 준비 중"),
    "search.result.other": ("#개의 일치하는 문서", "일치하는 문서 #개"),
}


def _translation_keys(template: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*"([a-z.]+)": "([^"]*)"', template, flags=re.MULTILINE))


def test_our_korean_strings_override_keys_materials_ko_translation_still_has() -> None:
    material_ko, ours = (_translation_keys(path.read_text(encoding="utf-8")) for path in (MATERIAL_KO, OUR_KO))
    assert set(ours) <= set(material_ko), (
        f"Material's {MATERIAL_KO.name} no longer has {sorted(set(ours) - set(material_ko))}: a key was renamed; "
        "update overrides/partials/languages/ko-custom.html")
    for key, (old, new) in CORRECTED.items():
        assert material_ko[key] == old, f"Material now says {material_ko[key]!r} for {key}: drop our override?"
        assert ours[key] == new, key


def test_readers_get_the_corrected_korean_strings_on_every_page(site: BuiltSite) -> None:
    pages = [*site.pages().items(), ("404", (site.root / "404.html").read_text(encoding="utf-8"))]
    for url, page_html in pages:
        config = json.loads(re.search(r'<script id="__config" type="application/json">(.+?)</script>',
                                      page_html, flags=re.DOTALL).group(1))
        text = html.unescape(page_html) + json.dumps(config["translations"], ensure_ascii=False)
        assert [old for old, _ in CORRECTED.values() if old in text] == [], url
        assert '<html lang="ko"' in page_html, url
        assert 'aria-label="내비게이션"' in page_html and re.search(r"\s맨 위로\s*</button>", page_html), url
        assert config["translations"]["clipboard.copied"] == "클립보드에 복사했습니다", url
        assert "Made with" not in page_html and (
            '<a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for '
            "MkDocs</a>로\n    만들었습니다.") in page_html, url
    assert 'title="페이지 소스 보기"' in site.page("messaging/sqs/")
    assert 'aria-label="이전·다음 페이지"' in site.page("messaging/sqs/")
