"""One term per concept: the spellings the glossary lists as avoided appear on no page.

The table under "한국어 용어와 영어 이름" in docs/glossary.md is the authority: its first column is
the term the site uses, its last column the variants to avoid (comma separated; a variant with a
parenthesised condition is guidance for reviewers, not checked here). A term of the site that contains
an avoided spelling is that term, not the spelling: 롤백 (rollback) is not 롤 (role).
"""

from __future__ import annotations

import re

from _markdown import content_lines
from conftest import ROOT

GLOSSARY = ROOT / "docs" / "glossary.md"
_INLINE_CODE = re.compile(r"`[^`]*`")


def avoided_terms() -> dict[str, str]:
    """avoided spelling → preferred term."""
    section = GLOSSARY.read_text(encoding="utf-8").split("{#terms}", 1)[1]
    avoided: dict[str, str] = {}
    for row in section.splitlines():
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("이 사이트의 용어", "---"):
            continue
        for variant in cells[2].split(","):
            variant = variant.strip()
            if variant and "(" not in variant:
                avoided[variant] = cells[0]
    return avoided


def glossary_terms_containing(avoided: dict[str, str]) -> list[str]:
    """The site's own terms (first column, without a parenthesised note) that contain an avoided spelling."""
    section = GLOSSARY.read_text(encoding="utf-8").split("{#terms}", 1)[1]
    terms = {row.strip().strip("|").split("|")[0].split("(")[0].strip() for row in section.splitlines()
             if row.startswith("|")}
    return sorted((term for term in terms if any(variant in term for variant in avoided) and term not in avoided),
                  key=len, reverse=True)


def term_problems(source: str, avoided: dict[str, str], allowed: list[str] | None = None) -> list[str]:
    problems = []
    for number, line in content_lines(source):
        text = _INLINE_CODE.sub("", line)
        for term in allowed or []:
            text = text.replace(term, " ")
        problems += [f"{number}: '{variant}' — write '{preferred}'"
                     for variant, preferred in avoided.items() if variant in text]
    return problems


def test_the_glossary_lists_avoided_spellings() -> None:
    assert avoided_terms()["가용영역"] == "가용 영역"


def test_no_page_uses_an_avoided_spelling() -> None:
    avoided = avoided_terms()
    allowed = glossary_terms_containing(avoided)
    problems = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        if page != GLOSSARY:
            found = term_problems(page.read_text(encoding="utf-8"), avoided, allowed)
            problems += [f"{page.relative_to(ROOT)}:{problem}" for problem in found]
    assert problems == []


def test_an_avoided_spelling_is_caught() -> None:
    assert term_problems("# 제목\n\n헬스 체크를 켭니다.\n", {"헬스 체크": "상태 확인"}) == [
        "3: '헬스 체크' — write '상태 확인'",
    ]


def test_a_glossary_term_that_contains_an_avoided_spelling_is_that_term() -> None:
    source = "# 제목\n\n실패하면 롤백합니다.\n\n실행 롤을 붙입니다.\n"
    assert term_problems(source, {"롤": "역할"}, ["롤백"]) == ["5: '롤' — write '역할'"]
    assert "롤백" in glossary_terms_containing({"롤": "역할"})


# Upper-case tokens that are not abbreviations a reader needs spelled out: units, HTTP methods,
# algorithm names, country and company names.
NOT_ABBREVIATIONS = {
    "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "PB",
    "GET", "PUT", "POST", "DELETE", "HEAD", "LIST", "COPY", "SELECT", "CANCEL",
    "CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256", "SHA-1", "SHA-256", "HMAC-SHA256", "AES-256",
    "AES-256-GCM", "SHA-512", "XXHASH3", "XXHASH64", "XXHASH128", "US", "UAE", "IT", "AMD", "gRPC",
    "AWS",  # the brand itself: a tooltip on every line would be noise
}
_TOKEN = re.compile(r"(?<![A-Za-z0-9_/.\-])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[A-Z0-9]|[a-z]?[A-Z]{2,}[a-z]?[A-Z0-9]*)"
                    r"(?![A-Za-z0-9_/])")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|https?://\S+")


def abbreviation_candidates(source: str) -> set[str]:
    """Tokens with two or more capitals in prose (code, link targets and URLs left out)."""
    found: set[str] = set()
    for _, line in content_lines(source):
        text = _LINK_TARGET.sub("", _INLINE_CODE.sub("", line))
        found |= {token for token in _TOKEN.findall(text) if sum(ch.isupper() for ch in token) >= 2}
    return found


def test_every_abbreviation_on_a_page_is_in_the_glossary() -> None:
    defined = set(re.findall(r"^\*\[([^\]]+)\]", (ROOT / "includes" / "abbreviations.md").read_text("utf-8"), re.M))
    missing: dict[str, str] = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        for token in abbreviation_candidates(page.read_text(encoding="utf-8")) - defined - NOT_ABBREVIATIONS:
            missing.setdefault(token, str(page.relative_to(ROOT)))
    assert missing == {}, "add these to includes/abbreviations.md"


def test_abbreviation_candidates_skip_code_and_links() -> None:
    source = "# 제목\n\nRCU와 `WCU` 그리고 [GSI 문서](https://example.org/LSI.html), CloudFront.\n"
    assert abbreviation_candidates(source) == {"RCU", "GSI"}
