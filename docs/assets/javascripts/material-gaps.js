/* Two gaps in what Material's script adds to a page (hooks/aria.py closes those in its templates):
 * - each code block's copy button sits in an unnamed <nav>, so a page with several code blocks
 *   has several identical navigation landmarks (axe-core: landmark-unique). A copy button is
 *   not a place to navigate to: the toolbar loses the landmark role and keeps its button;
 * - a wide table (or diagram or code block, on a phone) scrolls sideways inside a box that a keyboard cannot
 *   reach (scrollable-region-focusable). A box that overflows joins the tab order, as Material
 *   does for code blocks (arrow keys then scroll it); one that fits stays out of it. */
(function () {
  "use strict"
  function fix(root) {
    if (!root.querySelectorAll) return
    if (root.matches && root.matches(".md-code__nav")) root.setAttribute("role", "none")
    Array.prototype.forEach.call(root.querySelectorAll(".md-code__nav:not([role])"), function (nav) {
      nav.setAttribute("role", "none")
    })
  }
  // Material makes a wide code block focusable only where a pointer can hover: on a phone with a
  // keyboard attached, it could not be scrolled without touch either.
  var SCROLLERS = ".md-typeset__scrollwrap, .md-typeset .diagram, .md-typeset pre > code"
  function reachScrollers() {
    Array.prototype.forEach.call(document.querySelectorAll(SCROLLERS), function (box) {
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0")
      else box.removeAttribute("tabindex")
    })
  }
  var pending = 0
  function soon() {
    window.cancelAnimationFrame(pending)
    pending = window.requestAnimationFrame(reachScrollers)
  }
  new MutationObserver(function (records) {
    var boxes = false
    records.forEach(function (record) {
      // Material drops a code block's tabindex again once it has measured the block on a device
      // without hover: measure again after it.
      if (record.type === "attributes") {
        if (!record.target.hasAttribute("tabindex") && record.target.matches(SCROLLERS)) boxes = true
        return
      }
      Array.prototype.forEach.call(record.addedNodes, function (node) {
        if (node.nodeType !== 1) return
        fix(node)
        if (node.matches(SCROLLERS) || node.querySelector(SCROLLERS)) boxes = true
      })
    })
    if (boxes) soon()
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["tabindex"] })
  window.addEventListener("resize", soon)
  fix(document)
  soon()
})()
