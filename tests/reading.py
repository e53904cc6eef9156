"""What a reader sees of the text on a page, measured in the browser (used by the page tour in
tests/test_browser.py): words that a line break cuts in two, table row labels after a sideways
swipe, and the size of a diagram's labels on screen.

A word is a run of letters, digits and '_'. A line may break at a space or at punctuation
('-', '/', '·', ':', '(' …) but never inside a word: "클라우드 컴퓨/팅" and "Projectio/nType" are
what a reader should never get. A word counts as cut when its letters sit on two lines.
"""

from __future__ import annotations

# Each word of the text inside the elements `selector` matches that a line break cuts, written
# with "/" where the line breaks ("컴퓨/팅"). `hangul` keeps only words with Hangul in them (a long
# URL or identifier as link text has to break somewhere; a Korean word never does).
CUT_WORDS = r"""([selector, hangul]) => {
  const cut = []
  const lineOf = rects => rects.length ? rects[0] : null
  for (const element of document.querySelectorAll(selector)) {
    if (!element.getClientRects().length) continue
    const chars = []  // [text node, offset] of each character, across inline elements (code, abbr)
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    while (walker.nextNode())
      for (let i = 0; i < walker.currentNode.data.length; i++) chars.push([walker.currentNode, i])
    const text = chars.map(([node, i]) => node.data[i]).join("")
    for (const word of text.matchAll(/[\p{L}\p{N}_]+/gu)) {
      if (hangul && !/\p{Script=Hangul}/u.test(word[0])) continue
      let shown = "", previous = null, lines = 1
      for (let k = word.index; k < word.index + word[0].length; k++) {
        const range = document.createRange()
        range.setStart(chars[k][0], chars[k][1])
        range.setEnd(chars[k][0], chars[k][1] + 1)
        const rect = lineOf([...range.getClientRects()].filter(r => r.width > 0))
        if (!rect) continue
        // Another line, not just another font (code sits a pixel lower than the text around it).
        if (previous && Math.abs(rect.top - previous.top) > Math.min(rect.height, previous.height) / 2) {
          shown += "/"
          lines++
        }
        shown += text[k]
        previous = rect
      }
      if (lines > 1) cut.push(shown)
    }
  }
  return cut
}"""

LINKS = "article a, .md-sidebar a"
FIRST_COLUMN = "article table :is(th, td):first-child"

# Tables wider than their box (a reader has to swipe them sideways), by index among the page's tables.
WIDE_TABLES = """() => [...document.querySelectorAll("article table")]
  .map((table, index) => [index, table.getBoundingClientRect().width >
                                 table.closest(".md-typeset__scrollwrap").clientWidth + 1])
  .filter(([, wide]) => wide).map(([index]) => index)"""

# After the swipe: how far the table moved, and the row labels (first cells) no longer fully in
# view inside the box that scrolled.
AFTER_SWIPE = """([index, before]) => {
  const table = document.querySelectorAll("article table")[index]
  const box = table.closest(".md-typeset__scrollwrap").getBoundingClientRect()
  const last = table.rows[0].cells[table.rows[0].cells.length - 1].getBoundingClientRect()
  const lost = [...table.rows].map(row => row.cells[0])
    .filter(cell => { const r = cell.getBoundingClientRect()
                      return r.left < box.left - 0.5 || r.right > box.right + 0.5 })
    .map(cell => cell.textContent.trim().slice(0, 20))
  return {moved: Math.round(before - last.left), lost}
}"""
LAST_HEADER_LEFT = """index => { const t = document.querySelectorAll("article table")[index];
  return t.rows[0].cells[t.rows[0].cells.length - 1].getBoundingClientRect().left }"""
# Before the swipe, in one call: the table scrolled to the middle of the screen (clear of the sticky
# header), then its box, where its last header cell starts, and the middle of the screen.
BEFORE_SWIPE = """index => {
  const table = document.querySelectorAll("article table")[index]
  table.scrollIntoView({block: "center"})
  const box = table.getBoundingClientRect(), last = table.rows[0].cells[table.rows[0].cells.length - 1]
  return {x: box.x, y: box.y, width: box.width, height: box.height,
          before: last.getBoundingClientRect().left, middle: innerHeight / 2}
}"""


def cut_words(page: object, selector: str, hangul: bool) -> list[str]:
    return page.evaluate(CUT_WORDS, [selector, hangul])


def swipe_wide_tables(page: object) -> dict[int, dict[str, object]]:
    """Swipe every wide table of the page to its end, as a reader's finger does: the wheel scrolls
    whichever box under the pointer can scroll. Table index → what moved and which labels left."""
    found: dict[int, dict[str, object]] = {}
    for index in page.evaluate(WIDE_TABLES):
        start = box = page.evaluate(BEFORE_SWIPE, index)  # one call, not four: 0.07 CPU s less per table
        for swipe in range(1, SWIPES + 1):
            if _swiped(page, index, box) or swipe == SWIPES:
                break
            box = page.evaluate(BEFORE_SWIPE, index)
        found[index] = page.evaluate(AFTER_SWIPE, [index, start["before"]])
    return found


# A swipe the page never received is made again (once in the full runs of 2026-12-06, on a loaded
# machine, a table stood still for the whole 2 s); a table that cannot scroll stands still every
# time and is reported with moved 0.
SWIPES = 3


def _swiped(page: object, index: int, box: dict[str, float]) -> bool:
    """One swipe over the table; whether it moved. The scroll animates: wait until the table stands
    still (at most 2 s)."""
    start, middle = box["before"], box["middle"]
    page.mouse.move(box["x"] + min(box["width"], 390) / 2,
                    min(max(box["y"] + box["height"] / 2, middle - 100), middle + 100))
    page.mouse.wheel(4000, 0)
    settled = [start]
    for _ in range(40):
        page.wait_for_timeout(50)
        settled.append(page.evaluate(LAST_HEADER_LEFT, index))
        if settled[-1] != start and settled[-1] == settled[-2]:
            return True
    return settled[-1] != start


# The smallest label of each diagram, in CSS pixels on screen: its font size times the scale the
# page draws the SVG at.
DIAGRAM_TEXT = """() => [...document.querySelectorAll("article .diagram svg")].map(svg => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
  const sizes = [...svg.querySelectorAll("text")].filter(t => t.textContent.trim())
    .map(t => parseFloat(getComputedStyle(t).fontSize) * scale)
  return [svg.querySelector("title").textContent, Math.round(Math.min(...sizes) * 10) / 10]
})"""


def diagram_text_px(page: object) -> list[tuple[str, float]]:
    return [(title, size) for title, size in page.evaluate(DIAGRAM_TEXT)]


# Each section heading's copy-link button on a touch screen, where it is always shown: what keeps a
# reader from seeing or hitting it. A target of at least 24 px (WCAG 2.5.8), on the heading's first
# line rather than on a line of its own, and 3:1 against the page (WCAG 1.4.11, non-text contrast).
COPY_BUTTON_PROBLEMS = """() => {
  const rgb = text => text.match(/[0-9.]+/g).map(Number)
  const luminance = ([r, g, b]) => {
    const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4 }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }
  const page = rgb(getComputedStyle(document.body).backgroundColor)
  const problems = []
  for (const heading of document.querySelectorAll("article :is(h2, h3, h4, h5, h6)")) {
    const button = heading.querySelector(":scope > .copy-link")
    if (!button || !heading.getClientRects().length) continue
    const b = button.getBoundingClientRect(), h = heading.getBoundingClientRect()
    const name = heading.id
    if (b.width < 24 || b.height < 24) problems.push(`${name}: target ${b.width}x${b.height}`)
    if (b.top - h.top > 8) problems.push(`${name}: not on the first line`)
    if (b.left < h.left || b.right > h.right + 0.5) problems.push(`${name}: outside its heading`)
    const link = heading.querySelector(":scope > .headerlink")
    if (link && getComputedStyle(link).display !== "none" && getComputedStyle(link).opacity === "0")
      problems.push(`${name}: an invisible permalink takes room in the line`)
    const [r, g, bl, alpha = 1] = rgb(getComputedStyle(button).backgroundColor)
    const a = alpha * Number(getComputedStyle(button).opacity)
    const shown = [r, g, bl].map((c, i) => c * a + page[i] * (1 - a))
    const [light, dark] = [luminance(shown), luminance(page)].sort((x, y) => y - x)
    const contrast = (light + 0.05) / (dark + 0.05)
    if (contrast < 3) problems.push(`${name}: contrast ${contrast.toFixed(2)}`)
  }
  return problems
}"""


def copy_button_problems(page: object) -> list[str]:
    return page.evaluate(COPY_BUTTON_PROBLEMS)


# The roles a screen reader lists as landmarks. Chromium's accessibility tree also gives an unnamed
# <form> the role "form", which is no landmark (ARIA: a form is one only when named), so those are left out.
LANDMARK_ROLES = frozenset({"banner", "main", "contentinfo", "navigation", "search", "complementary", "region", "form"})


def landmarks(page: object) -> list[tuple[str, str]]:
    """(role, name) of every landmark in the page's accessibility tree, as Chromium gives it to a
    screen reader (what is hidden is not in it)."""
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()
    found = [(node["role"]["value"], node.get("name", {}).get("value", "")) for node in nodes
             if not node.get("ignored") and node.get("role", {}).get("value") in LANDMARK_ROLES]
    return [(role, name) for role, name in found if role != "form" or name]


# Where the keyboard focus is after a Tab, once what the focus starts (Material opens search when
# its field gets focus; links and buttons fade in) has run to its end: null at the end of the page.
# A focused radio button of the palette is shown by the label after it, as Material styles it.
TAB_STOP = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  document.getAnimations().forEach(a => { try { a.finish() } catch (_) {} });
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const shown = e.matches("input.md-option") ? e.nextElementSibling : e;
  const r = shown ? shown.getBoundingClientRect() : null;
  const visible = !!r && r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.top < innerHeight
    && r.right > 0 && r.left < innerWidth && shown.checkVisibility({opacityProperty: true, visibilityProperty: true});
  const name = (e.getAttribute("aria-label") || e.title || e.textContent || "").trim().replace(/\\s+/g, " ");
  const classes = [...e.classList].filter(c => c !== "focus-visible").join(".");
  return {stop: `${e.tagName.toLowerCase()}.${classes} ${name.slice(0, 30)}`, visible};
}"""


def invisible_tab_stops(page: object, limit: int = 800) -> tuple[int, list[str]]:
    """Tab from the top of the page to its end: how many stops, and the ones a reader cannot see."""
    hidden: list[str] = []
    for count in range(1, limit + 1):
        page.keyboard.press("Tab")
        stop = page.evaluate(TAB_STOP)
        if stop is None:
            return count - 1, hidden
        # What the focus starts may take longer than two frames on a busy machine (Material opens
        # its search box on the phone when the field gets focus): look again for up to a second
        # before calling the stop invisible.
        for _ in range(10):
            if stop["visible"]:
                break
            page.wait_for_timeout(100)
            stop = page.evaluate(TAB_STOP) or stop
        if not stop["visible"]:
            hidden.append(f"{count}: {stop['stop']}")
    return limit, hidden
