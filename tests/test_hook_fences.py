"""hooks/fences.py: a code fence that is never closed fails the build at its opening line, and the
checks after it go on as Python-Markdown reads the page."""

from pathlib import Path

import pytest
from _markdown import content_lines, fences, headings, unclosed_fences
from fences import shown_fences
from hooksite import FixtureSite

TOPIC = "docs/basics/topic.md"


def unclosed(line: int, shown: str = "```bash", marker: str = "```") -> str:
    return (f"docs/basics/topic.md:{line}: code fence '{shown}' is never closed, so the code after it is read as "
            f"Markdown — end the block with a line '{marker}' indented like this one")


UNCLOSED = {
    "never closed": ("본문입니다.", "본문입니다.\n\n```bash\necho hi\n", [unclosed(12)]),
    "closed by a longer fence": ("본문입니다.", "본문입니다.\n\n~~~\n설정\n~~~~\n", [unclosed(12, "~~~", "~~~")]),
    "closed at another indentation": ("본문입니다.", "본문입니다.\n\n```bash\necho hi\n  ```\n", [unclosed(12)]),
    # the reader does not follow fences into block quotes; the rendered page shows this one as text
    "inside a block quote, found in the rendered page": ("본문입니다.", "본문입니다.\n\n> ```bash\n> echo hi\n",
                                                         [unclosed(12)]),
    "inside an admonition": ("    **현재:** 맞는 문장입니다.",
                             "    **현재:** 맞는 문장입니다.\n\n    ```bash\n    echo hi\n", [unclosed(21)]),
}


@pytest.mark.parametrize(("old", "new", "expected"), UNCLOSED.values(), ids=UNCLOSED.keys())
def test_an_unclosed_fence_is_named_and_nothing_else(tmp_path: Path, old: str, new: str, expected: list[str]) -> None:
    # no "heading has no explicit id" or skeleton message for the headings after it
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, old, new)
    assert site.build() == expected


def test_links_after_an_unclosed_fence_are_still_checked(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "본문입니다.", "본문입니다.\n\n```bash\necho hi\n")
    site.replace(TOPIC, "[다른 주제](other.md)", "[다른 주제](othr.md)")
    assert site.build() == [
        unclosed(12),
        "docs/basics/topic.md:18: link 'othr.md' points to 'docs/basics/othr.md', which does not exist",
    ]


def test_the_reader_agrees_with_python_markdown_on_unclosed_fences() -> None:
    source = "# t\n\n```bash\necho\n\n## 둘 {#two}\n\n[a](b.md)\n\n```python\nprint()\n```\n\n## 셋 {#three}\n"
    # the ```bash fence closes at the bare ``` after the python code, as Python-Markdown closes it
    assert [(f.line, f.last) for f in fences(source)] == [(3, 12)]
    assert [h.explicit_id for h in headings(source)] == [None, "three"]
    nested = "# t\n\n- 항목\n\n    ```bash\n    echo\n\n## 둘 {#two}\n\n```\n끝\n```\n"
    assert [f.line for f in unclosed_fences(nested)] == [5]  # abandoned where its list item ends
    assert [h.explicit_id for h in headings(nested)] == [None, "two"]
    assert 11 not in dict(content_lines(nested))


def test_fences_inside_code_are_not_shown_fences() -> None:
    page = ("<p>```bash\necho</p><pre><code>```python\n</code></pre><p>쓰는 법: <code>```bash</code></p>"
            "<ul>\n<li>~~~</li>\n</ul>")
    assert shown_fences(page) == ["```bash", "~~~"]
