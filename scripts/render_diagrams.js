/* make diagrams, in the browser: render one Mermaid diagram as one SVG for both palettes.

Loaded by scripts/render_diagrams.py after the vendored Mermaid. renderDiagram(key, text, fontFamily)
renders the diagram twice, in Mermaid's light ("default") and "dark" themes, with plain SVG <text>
labels (htmlLabels: false: no HTML inside <foreignObject>). It then cleans both drawings the same
way and merges them: every colour that differs between the two becomes a CSS custom property of
the SVG, set for the light palette on the SVG and for Material's dark palette ("slate") under
@media screen, so print always gets the light one. What it removes is what the page does not use
or what the HTML checker rejects: style rules that match nothing, markers nothing points to, rects
without a size, empty attributes, name attributes, a width on a circle, Mermaid's data-* attributes
no style rule reads, ids nothing refers to, one tspan per word.
The SVG is announced as an image named by its <title> (accTitle) and described by its <desc>
(accDescr).
*/
"use strict";

const DARK_PALETTE = '[data-md-color-scheme="slate"]';
const PAINT = new Set(["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"]);
const GEOMETRY = new Set(["d", "points", "transform", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx",
  "ry", "width", "height", "viewBox", "dx", "dy", "style"]);
const SIZED_BY_OTHERS = /^(circle|ellipse|line|path|polygon|polyline)$/;
const DEFINITIONS = "marker, symbol, linearGradient, radialGradient, filter, clipPath, pattern, mask";
const DYNAMIC = /::?(hover|focus|focus-visible|focus-within|active|visited|link|before|after|selection)\b/g;

/* Mermaid wraps SVG labels at `wrappingWidth` (120px) and cuts a longer word between letters
   ("WaitForApprova / l"): widen the wrap to the diagram's longest word, measured in its font. */
function wrappingWidth(text, fontFamily) {
  const context = document.createElement("canvas").getContext("2d");
  context.font = `16px ${fontFamily}`;
  const words = text.split("\n")
    .filter((line) => !/^\s*(accTitle|accDescr|%%|classDef|class|style|linkStyle)\b/.test(line))
    .flatMap((line) => line.split(/<br\s*\/?>|\s+/))
    .map((word) => word.replace(/^[\w-]*[[({>]+["']|^\|+["']?|["']?\|+$|["'][\])}]*;?$/g, ""));
  const longest = Math.max(0, ...words.map((word) => context.measureText(word).width));
  return Math.max(120, Math.ceil(longest) + 4);
}

async function renderTheme(id, text, theme, fontFamily) {
  // The dark theme alone strokes clusters with a gradient; both palettes draw the same shapes.
  const themeVariables = {useGradient: false};
  // Rounded shapes are drawn by rough.js, at random unless seeded: the same diagram, the same SVG.
  const handDrawnSeed = 1;
  const wrap = {wrappingWidth: wrappingWidth(text, fontFamily)};
  mermaid.initialize({startOnLoad: false, securityLevel: "strict", theme, themeVariables, handDrawnSeed, fontFamily,
    htmlLabels: false, flowchart: wrap, state: wrap});
  const {svg} = await mermaid.render(id, text);
  return svg;
}

function mount(svgText) {
  const box = document.createElement("div");
  box.innerHTML = svgText;
  document.body.append(box);
  return box.firstElementChild;
}

function matchesSomething(svg, selectorText) {
  return selectorText.split(",").some((selector) => {
    const plain = selector.replace(DYNAMIC, "").trim() || "*";
    try {
      return svg.matches(plain) || svg.querySelector(plain) !== null;
    } catch {
      return true;  // a selector this check cannot read is kept
    }
  });
}

/* The rules of the SVG's <style> that still match an element of the drawing (keyframes only when
   a kept rule animates with them). */
function usedRules(svg) {
  const style = svg.querySelector("style");
  if (!style || !style.sheet) return [];
  const kept = [];
  const keyframes = [];
  for (const rule of style.sheet.cssRules) {
    if (rule instanceof CSSKeyframesRule) keyframes.push(rule);
    else if (!(rule instanceof CSSStyleRule) || matchesSomething(svg, rule.selectorText)) kept.push(rule);
  }
  const animations = new Set(kept.flatMap((rule) => rule instanceof CSSStyleRule
    ? rule.style.getPropertyValue("animation-name").split(",").map((name) => name.trim()) : []));
  return kept.concat(keyframes.filter((rule) => animations.has(rule.name)));
}

function references(svg) {
  const ids = new Set();
  for (const element of [svg, ...svg.querySelectorAll("*")]) {
    for (const attribute of element.attributes) {
      for (const match of attribute.value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)) ids.add(match[1]);
      if (/(^|:)href$/.test(attribute.name) && attribute.value.startsWith("#")) ids.add(attribute.value.slice(1));
      if (attribute.name.startsWith("aria-")) attribute.value.split(/\s+/).forEach((id) => ids.add(id));
    }
  }
  const style = svg.querySelector("style");
  for (const match of (style ? style.textContent : "").matchAll(/#([\w-]+)/g)) ids.add(match[1]);
  return ids;
}

/* A test for the ids that attribute selectors of the style pick out, such as [id$="-arrowhead"]. */
function styledIds(styleText) {
  const tests = [...styleText.matchAll(/\[id\s*([~|^$*]?)=\s*["']?([^"'\]]+)["']?\s*\]/g)].map(([, how, part]) => (id) =>
    how === "^" ? id.startsWith(part) : how === "$" ? id.endsWith(part) : how === "*" ? id.includes(part)
      : how === "" ? id === part : true);
  return (id) => tests.some((test) => test(id));
}

function round(value) {
  return value.replace(/-?\d*\.\d{3,}/g, (number) => String(Number(Number(number).toFixed(2))));
}

/* Only plain words left in a tspan: one text node instead of one tspan per word. */
function joinWords(svg, styleText) {
  for (const line of svg.querySelectorAll("tspan")) {
    const words = [...line.children];
    if (!words.length || words.length !== line.childNodes.length) continue;
    const plain = words.every((word) => word.tagName === "tspan" && !word.children.length &&
      [...word.attributes].every(({name, value}) =>
        (name === "font-style" || name === "font-weight") ? value === "normal"
          : name === "class" && value.split(/\s+/).every((name) => !styleText.includes(name))));
    if (plain) line.textContent = words.map((word) => word.textContent).join("");
  }
}

function clean(svg) {
  const originalStyle = (svg.querySelector("style") || {}).textContent || "";
  svg.setAttribute("role", "img");
  svg.removeAttribute("aria-roledescription");
  for (const element of svg.querySelectorAll("*")) {
    for (const {name, value} of [...element.attributes]) {
      const unstyled = name.startsWith("data-") && !originalStyle.includes(`[${name}`);
      const meaningless = name === "name" || !value.replace(/;/g, "").trim() ||
        (SIZED_BY_OTHERS.test(element.tagName) && (name === "width" || name === "height"));
      if (unstyled || meaningless) {
        element.removeAttribute(name);
      } else if (name === "transform-origin") {  // a CSS property: the HTML checker knows no such attribute
        element.removeAttribute(name);
        element.style.setProperty(name, value);
      } else if (GEOMETRY.has(name)) {
        element.setAttribute(name, round(value));
      }
    }
  }
  for (const name of ["viewBox", "style"]) {
    if (svg.hasAttribute(name)) svg.setAttribute(name, round(svg.getAttribute(name)));
  }
  svg.querySelectorAll("rect:not([width]), rect:not([height])").forEach((rect) => rect.remove());
  joinWords(svg, originalStyle);
  const styled = styledIds(originalStyle);
  let removed = true;
  while (removed) {  // what nothing points to, then empty text and the groups (and defs) it leaves empty
    removed = false;
    const referenced = references(svg);
    for (const element of svg.querySelectorAll(DEFINITIONS)) {
      if (!referenced.has(element.id)) {
        element.remove();
        removed = true;
      }
    }
    for (const element of svg.querySelectorAll("[id]")) {
      if (!referenced.has(element.id) && !styled(element.id)) element.removeAttribute("id");
    }
    for (const element of svg.querySelectorAll("text, tspan, g, defs")) {
      const empty = /^(g|defs)$/.test(element.tagName) ? !element.children.length : !element.textContent.trim();
      if (empty && !element.id) {
        element.remove();
        removed = true;
      }
    }
  }
}

function ownText(element) {
  return [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.data).join("");
}

class Palette {
  constructor() {
    this.names = new Map();
  }

  /* The custom property that holds `light` in the light palette and `dark` in the dark one. */
  variable(light, dark) {
    const key = `${light}\u0000${dark}`;
    if (!this.names.has(key)) this.names.set(key, `--c${this.names.size}`);
    return `var(${this.names.get(key)})`;
  }

  get size() {
    return this.names.size;
  }

  declarations(index) {
    return [...this.names].map(([key, name]) => `${name}:${key.split("\u0000")[index]}`).join(";");
  }
}

function differs(where) {
  return new Error(`the light and dark drawings differ (${where})`);
}

/* Walk both drawings together; colours that differ become custom properties on the light one. */
function mergeDrawings(light, dark, palette) {
  if (light.tagName !== dark.tagName || light.children.length !== dark.children.length) {
    throw differs(`<${light.tagName}> and <${dark.tagName}>`);
  }
  if (light.tagName === "style") return;
  if (ownText(light) !== ownText(dark)) throw differs(`text of <${light.tagName}>`);
  const names = new Set([...light.getAttributeNames(), ...dark.getAttributeNames()]);
  for (const name of names) {
    const [ours, theirs] = [light.getAttribute(name), dark.getAttribute(name)];
    if (ours === theirs) continue;
    if (name === "style") {
      for (const property of new Set([...light.style, ...dark.style])) {
        const [a, b] = [light.style.getPropertyValue(property), dark.style.getPropertyValue(property)];
        if (a === b) continue;
        if (!a || !b) throw differs(`${property} in the style of <${light.tagName}>`);
        light.style.setProperty(property, palette.variable(a, b), light.style.getPropertyPriority(property));
      }
    } else if (PAINT.has(name) && ours !== null && theirs !== null) {
      light.removeAttribute(name);
      light.style.setProperty(name, palette.variable(ours, theirs));
    } else {
      throw differs(`${name} of <${light.tagName}>`);
    }
  }
  for (let index = 0; index < light.children.length; index++) {
    mergeDrawings(light.children[index], dark.children[index], palette);
  }
}

function scoped(selectorText) {
  return selectorText.split(",").map((selector) => `${DARK_PALETTE} ${selector.trim()}`).join(",");
}

/* One style sheet for both palettes: declarations that differ read a custom property; a rule
   whose shape differs between the themes gets a dark override instead. */
function mergeRules(lightRules, darkRules, palette) {
  const overrides = [];
  const rules = lightRules.map((rule, index) => {
    const other = darkRules[index];
    if (!other || rule.cssText === other.cssText) return rule.cssText;
    const sameShape = rule instanceof CSSStyleRule && other instanceof CSSStyleRule &&
      rule.selectorText === other.selectorText && rule.style.length === other.style.length &&
      [...rule.style].every((property) => other.style.getPropertyValue(property) !== "");
    if (!sameShape) {
      if (other instanceof CSSStyleRule) overrides.push(`${scoped(other.selectorText)}{${other.style.cssText}}`);
      return rule.cssText;
    }
    for (const property of [...rule.style]) {
      const [a, b] = [rule.style.getPropertyValue(property), other.style.getPropertyValue(property)];
      if (a !== b) rule.style.setProperty(property, palette.variable(a, b), rule.style.getPropertyPriority(property));
    }
    return rule.cssText;
  });
  return {rules, overrides};
}

function hex(css) {
  return css.replace(/rgb\((\d+), (\d+), (\d+)\)/g,
    (_, ...channels) => "#" + channels.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, "0")).join(""));
}

function compact(css) {
  return hex(css)
    .replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\s*([{};,>])\s*|(:)\s+/g,
      (_, string, punctuation, colon) => string ?? punctuation ?? colon)
    .replace(/;}/g, "}");
}

async function renderDiagram(key, text, fontFamily) {
  const id = `diagram-${key}`;
  const lightText = await renderTheme(id, text, "default", fontFamily);
  const darkText = await renderTheme(id, text, "dark", fontFamily);
  const [light, dark] = [mount(lightText), mount(darkText)];
  try {
    clean(light);
    clean(dark);
    const palette = new Palette();
    mergeDrawings(light, dark, palette);
    const {rules, overrides} = mergeRules(usedRules(light), usedRules(dark), palette);
    const root = `#${id}`;
    const darkRules = (palette.size ? `${DARK_PALETTE} ${root}{${palette.declarations(1)}}` : "") + overrides.join("");
    const css = (palette.size ? `${root}{${palette.declarations(0)}}` : "") + rules.join("") +
      (darkRules ? `@media screen{${darkRules}}` : "");
    const style = light.querySelector("style");
    if (style) style.textContent = compact(css);
    return light.outerHTML.replace(/ style="([^"]*)"/g, (_, value) => ` style="${hex(value)}"`);
  } finally {
    light.parentElement.remove();
    dark.parentElement.remove();
  }
}
