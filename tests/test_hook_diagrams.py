"""hooks/diagrams.py: diagrams ship as pre-rendered SVG; a missing rendering fails the build."""

import re
from pathlib import Path

import pytest
from _markdown import fences
from browser import chromium_path
from ci_policy import skip_or_fail
from conftest import ROOT, BuiltSite, unavailable
from hooksite import FixtureSite
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from diagrams import FOLDER, diagram_key, diagram_source, inline_figure

TITLE = "    accTitle: 요청 흐름\n"
SOURCE = ('flowchart LR\n' + TITLE + '    accDescr: 사용자가 로드 밸런서로 요청합니다.\n'
          '    A["사용자"] --> B["로드 밸런서"]')
DIAGRAM = f"```mermaid\n{SOURCE}\n```\n"


def test_diagram_without_svg_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM)
    key = diagram_key(SOURCE)
    assert site.build() == [
        f"docs/basics/topic.md:12: diagram is not pre-rendered (no diagrams/{key}.svg) — run `make diagrams` "
        "and commit the SVG",
    ]


def test_rendered_diagram_is_inlined(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM)
    key = diagram_key(SOURCE)
    site.write(f"{FOLDER}/{key}.svg", '<svg id="l"></svg>\n')
    assert site.build_all() == []
    html = (site.root / "site" / "basics" / "topic" / "index.html").read_text(encoding="utf-8")
    assert '<div class="diagram"><svg id="l"></svg></div>' in html  # no width known
    assert '<pre class="mermaid">' not in html


def test_diagram_without_accessible_title_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM.replace(TITLE, ""))
    key = diagram_key(SOURCE.replace(TITLE, ""))
    site.write(f"{FOLDER}/{key}.svg", "<svg></svg>")
    assert site.build() == [
        "docs/basics/topic.md:12: diagram has no accTitle — add a short accTitle line under the diagram type so "
        "screen readers can announce it",
    ]


def test_the_key_ignores_html_escaping_and_outer_whitespace() -> None:
    assert diagram_source("\nA --&gt; B\n") == "A --> B"
    assert diagram_key("A --> B") == diagram_key(diagram_source("A --&gt; B"))


def test_the_key_changes_with_the_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    # A new renderer must not keep drawings in the old look: every diagram gets a new file name.
    import diagrams

    before = diagram_key(SOURCE)
    monkeypatch.setattr(diagrams, "RENDERER", diagrams.RENDERER + " (changed)")
    assert diagram_key(SOURCE) != before


def test_inline_figure_wraps_the_one_svg() -> None:
    assert inline_figure("<svg/>") == '<div class="diagram"><svg/></div>'


def test_inline_figure_records_the_natural_width() -> None:
    svg = '<svg id="x" style="max-width: 856.56px;" viewBox="0 0 856 284"></svg>'
    assert inline_figure(svg).startswith('<div class="diagram" style="--diagram-width: 857px"><svg id="x"')


def test_alike_diagrams_are_reported_at_their_own_lines(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    second = DIAGRAM.replace('B["로드 밸런서"]', 'B["대상 그룹"]')
    site.replace("docs/basics/topic.md", "본문입니다.", "본문입니다.\n\n" + DIAGRAM + "\n" + second)
    first_key, second_key = diagram_key(SOURCE), diagram_key(SOURCE.replace('B["로드 밸런서"]', 'B["대상 그룹"]'))
    site.write(f"{FOLDER}/{first_key}.svg", "<svg></svg>")
    assert site.build() == [
        f"docs/basics/topic.md:19: diagram is not pre-rendered (no diagrams/{second_key}.svg) — run `make diagrams` "
        "and commit the SVG",
    ]


def test_no_stale_svg_in_the_diagrams_folder() -> None:
    # Every committed SVG belongs to a diagram some page still has (make diagrams removes the rest).
    used = {diagram_key(fence.body.strip()) for path in (ROOT / "docs").rglob("*.md")
            for fence in fences(path.read_text(encoding="utf-8")) if fence.info == "mermaid"}
    files = {p.name.split(".")[0] for p in (ROOT / FOLDER).glob("*.svg")}
    assert files - used == set()


def test_the_published_site_has_no_mermaid_file(site: BuiltSite) -> None:
    # The strict build guarantees every diagram is pre-rendered, so browser-side Mermaid is
    # for `make serve` only (hooks/diagrams.py adds it there).
    shipped = [p.relative_to(site.root).as_posix() for p in site.root.rglob("*") if "mermaid" in p.name.lower()]
    assert shipped == []
    for url, html in site.pages().items():
        assert not re.search(r"<script\b[^>]*\bsrc=\"[^\"]*mermaid", html), url


def test_make_serve_adds_the_diagram_loader(tmp_path: Path) -> None:
    from diagrams import LOADER, on_config, on_files, on_startup

    site = FixtureSite(tmp_path)
    site.write("docs/" + LOADER, "// loader")
    config = load_config(str(site.path("mkdocs.yml")))
    try:
        on_startup(command="serve", dirty=False)
        on_config(config)
        assert LOADER in [str(script) for script in config.extra_javascript]
        files = on_files(get_files(config))
        assert files.get_file_from_path(LOADER) is not None
    finally:
        on_startup(command="build", dirty=False)


SEQUENCE = ("sequenceDiagram\n    accTitle: 고정 세션\n    accDescr: 브라우저가 쿠키를 받아 같은 인스턴스로 갑니다.\n"
            "    participant B as 브라우저\n    B->>ALB: 첫 요청 (쿠키 없음)\n    ALB-->>B: 응답 + Set-Cookie\n"
            "    Note over B,ALB: 다음 요청부터 같은 대상")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """`make diagrams` once over a page with a broken diagram, a flowchart and a sequence diagram."""
    from render_diagrams import diagrams_in_site, render

    reason = unavailable()
    if reason is not None:
        skip_or_fail("the make diagrams tests", reason)
    tmp_path = tmp_path_factory.mktemp("make-diagrams")
    site = FixtureSite(tmp_path)
    broken = DIAGRAM.replace('A["사용자"] --> B["로드 밸런서"]', 'A["사용자"] --> --> B[')
    page = broken + "\n" + DIAGRAM + "\n" + f"```mermaid\n{SEQUENCE}\n```\n"
    site.replace("docs/basics/topic.md", "본문입니다.", "본문입니다.\n\n" + page)
    folder = tmp_path / "svg"
    return render(diagrams_in_site(site.path("mkdocs.yml")), folder, chromium_path()), folder


@pytest.mark.browser
def test_make_diagrams_names_the_diagram_that_does_not_parse(made: tuple[list[str], Path]) -> None:
    failed, folder = made
    assert len(failed) == 1 and failed[0].startswith("docs/basics/topic.md:12: diagram does not render (")
    assert failed[0].endswith(") — fix its Mermaid syntax and run `make diagrams` again")
    assert sorted(p.name for p in folder.glob("*.svg")) == sorted(f"{diagram_key(s)}.svg" for s in (SOURCE, SEQUENCE))


@pytest.mark.browser
@pytest.mark.parametrize("source", [SOURCE, SEQUENCE], ids=["flowchart", "sequence"])
def test_make_diagrams_draws_one_valid_svg_for_both_palettes(made: tuple[list[str], Path], source: str) -> None:
    # What scripts/render_diagrams.js promises, for each diagram type the site uses; the HTML
    # checker (tests/test_html_valid.py) then reads every rendered diagram in the built site.
    key = diagram_key(source)
    svg = (made[1] / f"{key}.svg").read_text(encoding="utf-8")
    root = re.match(r"<svg [^>]*>", svg).group(0)
    assert f'id="diagram-{key}"' in root and 'role="img"' in root
    assert f'aria-labelledby="chart-title-diagram-{key}"' in root
    assert f'aria-describedby="chart-desc-diagram-{key}"' in root
    title = re.search(r"accTitle: (.*)", source).group(1)
    assert f'<title id="chart-title-diagram-{key}">{title}</title>' in svg
    assert "<foreignObject" not in svg and "<p>" not in svg  # labels are SVG text
    assert re.search(r"<text\b[^>]*>.*첫 요청|<text\b[^>]*>.*로드 밸런서", svg)
    assert not re.search(r' (name|data-id|data-points|aria-roledescription)="', svg)
    # One drawing, two palettes: colours are custom properties that the dark palette sets on screen.
    assert f'@media screen{{[data-md-color-scheme="slate"] #diagram-{key}{{--c0:' in svg
    assert "var(--c0)" in svg
    assert "@keyframes" not in svg  # rules that match nothing in the drawing are dropped
