"""hooks/diagrams.py: diagrams ship as pre-rendered SVG; a missing rendering fails the build."""

from pathlib import Path

from conftest import ROOT, BuiltSite
from hooksite import FixtureSite

from diagrams import FOLDER, MERMAID_BLOCK, diagram_key, diagram_source, inline_figure

TITLE = "    accTitle: 요청 흐름\n"
SOURCE = ('flowchart LR\n' + TITLE + '    accDescr: 사용자가 로드 밸런서로 요청합니다.\n'
          '    A["사용자"] --> B["로드 밸런서"]')
DIAGRAM = f"```mermaid\n{SOURCE}\n```\n"


def test_diagram_without_svg_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM)
    key = diagram_key(SOURCE)
    assert site.build() == [
        f"docs/area/topic.md:13: diagram is not pre-rendered (no diagrams/{key}.*.svg) — run `make diagrams` "
        "and commit the SVGs",
    ]


def test_rendered_diagram_is_inlined(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM)
    key = diagram_key(SOURCE)
    site.write(f"{FOLDER}/{key}.light.svg", '<svg id="l"></svg>')
    site.write(f"{FOLDER}/{key}.dark.svg", '<svg id="d"></svg>')
    assert site.build_all() == []
    html = (site.root / "site" / "area" / "topic" / "index.html").read_text(encoding="utf-8")
    assert '<div class="diagram"><div class="diagram-light"><svg id="l"></svg></div>' in html  # no width known
    assert '<pre class="mermaid">' not in html


def test_diagram_without_accessible_title_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM.replace(TITLE, ""))
    key = diagram_key(SOURCE.replace(TITLE, ""))
    site.write(f"{FOLDER}/{key}.light.svg", "<svg></svg>")
    site.write(f"{FOLDER}/{key}.dark.svg", "<svg></svg>")
    assert site.build() == [
        "docs/area/topic.md:13: diagram has no accTitle — add a short accTitle line under the diagram type so "
        "screen readers can announce it",
    ]


def test_the_key_ignores_html_escaping_and_outer_whitespace() -> None:
    assert diagram_source("\nA --&gt; B\n") == "A --> B"
    assert diagram_key("A --> B") == diagram_key(diagram_source("A --&gt; B"))


def test_inline_figure_has_both_palettes() -> None:
    assert inline_figure({"light": "<svg/>", "dark": "<svg/>"}) == (
        '<div class="diagram"><div class="diagram-light"><svg/></div><div class="diagram-dark"><svg/></div></div>')


def test_inline_figure_records_the_natural_width() -> None:
    svg = '<svg id="x" style="max-width: 856.5625px;" viewBox="0 0 856 284"></svg>'
    assert inline_figure({"light": svg, "dark": svg}).startswith('<div class="diagram" style="--diagram-width: 857px">')


def test_no_stale_svg_in_the_diagrams_folder(site: BuiltSite) -> None:
    # Every committed SVG belongs to a diagram some page still has (make diagrams removes the rest).
    used = set()
    for path in (ROOT / "docs").rglob("*.md"):
        used |= {diagram_key(block.strip()) for block in _fences(path.read_text(encoding="utf-8"))}
    files = {p.name.split(".")[0] for p in (ROOT / FOLDER).glob("*.svg")}
    assert files - used == set()
    assert MERMAID_BLOCK.pattern.startswith('<pre class="mermaid">')


def _fences(markdown: str) -> list[str]:
    blocks, current = [], None
    for line in markdown.splitlines():
        stripped = line.strip()
        if current is None and stripped == "```mermaid":
            current, indent = [], len(line) - len(line.lstrip())
        elif current is not None and stripped == "```":
            blocks.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line[indent:])
    return blocks
