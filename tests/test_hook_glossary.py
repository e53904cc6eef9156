"""hooks/glossary.py and hooks/abbreviations.py: one abbreviation file, tooltips before particles."""

import re
from pathlib import Path

import markdown
from abbreviations import KoreanAbbreviations, abbreviation_pattern
from conftest import BuiltSite
from glossary import parse_abbreviations
from hooksite import FixtureSite


def test_duplicate_abbreviation_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("includes/abbreviations.md", "*[IAM]: AWS Identity and Access Management\n*[IAM]: 다른 뜻\n")
    assert site.build() == [
        "includes/abbreviations.md:2: 'IAM' is already defined on line 1 — keep one definition",
    ]


def test_glossary_page_lists_the_abbreviations(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build_all() == []
    html = (site.root / "site" / "glossary" / "index.html").read_text(encoding="utf-8")
    assert "AWS Identity and Access Management</td>" in html


def test_tooltip_survives_a_korean_particle() -> None:
    html = markdown.markdown("IAM은 S3의 권한과 IAMX를 다룹니다.\n\n*[IAM]: 신원\n*[S3]: 스토리지\n",
                             extensions=["abbr", KoreanAbbreviations()])
    assert '<abbr tabindex="0" title="신원">IAM</abbr>은' in html
    assert '<abbr tabindex="0" title="스토리지">S3</abbr>의' in html
    assert "IAMX" in html and ">IAMX" not in html


def test_a_term_joins_the_tab_order_unless_it_is_inside_a_control() -> None:
    # a tap or Tab reaches a term; inside a link or a question's summary the control comes first
    html = markdown.markdown("IAM 정책\n\n[S3 버킷](x.md)\n\n*[IAM]: 신원\n*[S3]: 스토리지\n",
                             extensions=["abbr", KoreanAbbreviations()])
    assert '<abbr tabindex="0" title="신원">IAM</abbr>' in html
    assert '<a href="x.md"><abbr title="스토리지">S3</abbr> 버킷</a>' in html


def test_stock_abbr_misses_particles() -> None:
    # Documents why hooks/abbreviations.py exists: without it the tooltip is lost.
    html = markdown.markdown("IAM은\n\n*[IAM]: 신원\n", extensions=["abbr"])
    assert "<abbr" not in html


def test_pattern_prefers_the_longest_term() -> None:
    assert abbreviation_pattern(["SSE", "SSE-KMS"]).findall("SSE-KMS와 SSE") == ["SSE-KMS", "SSE"]


def test_parse_abbreviations_reports_empty_meaning() -> None:
    terms, problems = parse_abbreviations("*[AZ]: 가용 영역(Availability Zone)\n*[X]:\n")
    assert terms["AZ"] == "가용 영역(Availability Zone)"
    assert problems == [(2, "'X' has no meaning — write the Korean term and the English expansion")]


def test_glossary_page_needs_its_marker(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/glossary.md", "<!-- abbreviations -->", "")
    assert site.build() == [
        "docs/glossary.md:1: the page lacks the marker <!-- abbreviations --> — put it where the table belongs",
    ]


def test_abbreviation_without_meaning_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("includes/abbreviations.md", site.read("includes/abbreviations.md") + "*[RCU]:\n")
    assert site.build() == [
        "includes/abbreviations.md:2: 'RCU' has no meaning — write the Korean term and the English expansion",
    ]


def test_a_term_is_marked_once_per_section() -> None:
    source = ("IAM은 IAM 정책과 S3를 다룹니다.\n\n- IAM 역할\n\n## 다음 {#next}\n\n"
              "**IAM**과 IAM\n\n*[IAM]: 신원\n*[S3]: 스토리지\n")
    html = markdown.markdown(source, extensions=["abbr", "attr_list", KoreanAbbreviations()])
    first, second = html.split("<h2")
    assert first == ('<p><abbr tabindex="0" title="신원">IAM</abbr>은 IAM 정책과 '
                     '<abbr tabindex="0" title="스토리지">S3</abbr>를 다룹니다.</p>\n'
                     "<ul>\n<li>IAM 역할</li>\n</ul>\n")
    assert second.count("<abbr") == 1
    assert '<strong><abbr tabindex="0" title="신원">IAM</abbr></strong>과 IAM</p>' in second


def test_headings_leave_the_term_to_their_first_sentence() -> None:
    html = markdown.markdown("# IAM과 S3\n\nIAM은 권한입니다.\n\n*[IAM]: 신원\n*[S3]: 스토리지\n",
                             extensions=["abbr", KoreanAbbreviations()])
    assert html == '<h1>IAM과 S3</h1>\n<p><abbr tabindex="0" title="신원">IAM</abbr>은 권한입니다.</p>'


def test_built_pages_mark_each_term_once_per_section(site: BuiltSite) -> None:
    for url, html in site.pages().items():
        article = html.split("<article", 1)[1].split("</article>", 1)[0]
        for section in re.split(r"<h[1-6]\b", article):
            terms = re.findall(r"<abbr [^>]*>([^<]+)</abbr>", section)
            assert len(terms) == len(set(terms)), (url, sorted(terms))
