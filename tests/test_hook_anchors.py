"""hooks/anchors.py: explicit heading ids, the anchors lockfile and anchor aliases."""

from pathlib import Path

import pytest
from _markdown import headings
from anchors import format_lockfile, heading_id_problems, insert_alias_targets, parse_lockfile
from hooksite import FixtureSite
from update_anchors import bad_anchor_ids


def test_heading_without_explicit_id_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "## 첫 섹션 {#first-section}",
                 "## 첫 섹션 {#first-section}\n\n### 하위 섹션\n\n본문.")
    assert site.build() == [
        "docs/basics/topic.md:10: heading '하위 섹션' has no explicit id — end it with {#english-kebab-id}",
    ]


def test_korean_or_duplicate_ids_fail() -> None:
    source = "# 제목\n\n## 가 {#가나}\n\n## 나 {#same}\n\n## 다 {#same}\n"
    assert heading_id_problems(headings(source)) == [
        (3, "heading id '#가나' is not English kebab-case — use lowercase a-z, 0-9 and single hyphens"),
        (7, "heading id '#same' is already used on line 5 — pick a unique id"),
    ]


def test_headings_inside_code_fences_are_not_headings() -> None:
    source = "# 제목\n\n```bash\n## not a heading\n```\n"
    assert [h.text for h in headings(source)] == ["제목"]


def test_removed_anchor_fails_the_build(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "{#other-section}", "{#renamed-section}")
    site.replace("docs/basics/topic.md", "other.md#other-section", "other.md#renamed-section")
    assert site.build() == [
        "docs/basics/other.md:1: published anchor '#other-section' disappeared — restore the heading id or add "
        "'other-section: <new-id>' under anchor_aliases in the front matter",
    ]


def test_alias_keeps_the_old_anchor_working(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "{#other-section}", "{#renamed-section}")
    site.replace("docs/basics/other.md", "description: 요약\n",
                 "description: 요약\nanchor_aliases:\n  other-section: renamed-section\n")
    assert site.build_all() == []
    html = (site.root / "site" / "basics" / "other" / "index.html").read_text(encoding="utf-8")
    assert '<span class="anchor-alias" id="other-section" aria-hidden="true"></span><h2 id="renamed-section"' in html


def test_alias_to_a_missing_id_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "description: 요약\n", "description: 요약\nanchor_aliases:\n  gone: nowhere\n")
    assert site.build() == [
        "docs/basics/other.md:4: anchor alias 'gone' points to '#nowhere', which no heading on this page has — "
        "use the new heading's id",
    ]


def test_removed_page_fails_the_build(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("anchors.lock", site.read("anchors.lock") + "/basics/gone/\n")
    assert site.build() == [
        "anchors.lock:14: published page 'basics/gone/' no longer exists — restore the page at that path "
        "(a URL is a promise)",
    ]


def test_lockfile_round_trip() -> None:
    text = format_lockfile({"b/#x", "a/", "a/#y", "", "#top"})
    assert "\n/\n/#top\n/a/\n" in text
    assert [(url, anchor) for _, url, anchor in parse_lockfile(text)] == [
        ("", ""), ("", "top"), ("a/", ""), ("a/", "y"), ("b/", "x")]


def test_alias_target_is_inserted_before_the_heading() -> None:
    html = '<p>x</p><h2 id="new">제목</h2>'
    assert insert_alias_targets(html, {"old": "new"}) == (
        '<p>x</p><span class="anchor-alias" id="old" aria-hidden="true"></span><h2 id="new">제목</h2>'
    )


def test_alias_that_is_still_a_heading_id_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "description: 요약\n",
                 "description: 요약\nanchor_aliases:\n  other-section: self-check\n")
    assert site.build() == [
        "docs/basics/other.md:4: anchor alias 'other-section' is still a heading id on this page — "
        "remove the alias or rename the heading",
    ]


def test_aliases_must_be_a_mapping(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "description: 요약\n", "description: 요약\nanchor_aliases: [other-section]\n")
    assert site.build() == [
        "docs/basics/other.md:1: anchor_aliases must be a mapping of old-id: new-id — write it as YAML key/value pairs",
    ]


HEADING_MISTAKES = {
    "Korean id": ("## 첫 섹션 {#first-section}", "## 첫 섹션 {#first-section}\n\n### 하위 {#하위-섹션}\n\n본문.",
                  "docs/basics/topic.md:10: heading id '#하위-섹션' is not English kebab-case — "
                  "use lowercase a-z, 0-9 and single hyphens"),
    "duplicate id": ("## 첫 섹션 {#first-section}", "## 첫 섹션 {#first-section}\n\n### 다시 {#first-section}\n\n본문.",
                     "docs/basics/topic.md:10: heading id '#first-section' is already used on line 8 — "
                     "pick a unique id"),
    "heading inside an admonition": (
        "    **현재:** 맞는 문장입니다.", "    **현재:** 맞는 문장입니다.\n\n    ## 상자 안 제목\n",
        "docs/basics/topic.md:21: heading '상자 안 제목' has no explicit id (a heading inside an admonition or "
        "underlined with dashes still needs one) — write it as '## 제목 {#english-kebab-id}' at the start of a line"),
    "Korean id inside an admonition": (
        "    **현재:** 맞는 문장입니다.", "    **현재:** 맞는 문장입니다.\n\n    ## 상자 안 제목 {#상자}\n",
        "docs/basics/topic.md:21: heading id '#상자' is not English kebab-case — "
        "use lowercase a-z, 0-9 and single hyphens"),
    "setext heading": (
        "본문입니다.", "밑줄 제목\n-----\n\n본문입니다.",
        "docs/basics/topic.md:10: heading '밑줄 제목' has no explicit id (a heading inside an admonition or "
        "underlined with dashes still needs one) — write it as '## 제목 {#english-kebab-id}' at the start of a line"),
}


@pytest.mark.parametrize(("old", "new", "expected"), HEADING_MISTAKES.values(), ids=HEADING_MISTAKES.keys())
def test_heading_id_mistakes_fail_the_real_build(tmp_path: Path, old: str, new: str, expected: str) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", old, new)
    assert site.build() == [expected]


def test_make_anchors_refuses_ids_that_break_the_rule() -> None:
    assert bad_anchor_ids({"a/", "a/#good-id", "a/#_1", "b/#한글", "b/#Upper"}) == ["a/#_1", "b/#Upper", "b/#한글"]
