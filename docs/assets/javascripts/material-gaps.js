/* Three gaps in what Material's script does on a page (hooks/aria.py closes those in its templates):
 * - each code block's copy button sits in an unnamed <nav>, so a page with several code blocks
 *   has several identical navigation landmarks (axe-core: landmark-unique). A copy button is
 *   not a place to navigate to: the toolbar loses the landmark role and keeps its button;
 * - a wide table (or diagram or code block, on a phone) scrolls sideways inside a box that a keyboard cannot
 *   reach (scrollable-region-focusable). A box that overflows joins the tab order, as Material
 *   does for code blocks (arrow keys then scroll it); one that fits stays out of it;
 * - the navigation drawer of narrow screens takes no keyboard (below). */
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

  // The navigation drawer (below 76.25em), opened from the keyboard with the header's menu button
  // (hooks/aria.py makes it reachable): focus goes into the drawer it opened, Escape closes it and
  // returns to the button, and focus leaving the drawer closes it, so Tab never reaches the page
  // under the drawer's shade. Material opens and closes the drawer with its #__drawer checkbox;
  // a click on it also tells Material's script.
  var drawer = document.getElementById("__drawer")
  var MENU = 'label[for="__drawer"][tabindex]'
  var PANEL = ".md-sidebar--primary"
  function menuButton() { return document.querySelector(".md-header " + MENU) }
  function close(returnFocus) {
    if (!drawer.checked) return
    drawer.click()
    if (returnFocus && menuButton()) menuButton().focus()
  }
  if (drawer) {
    drawer.addEventListener("change", function () {
      var opener = document.activeElement
      if (!drawer.checked || !opener || !opener.matches(".md-header " + MENU)) return
      var first = document.querySelector(PANEL + " .md-nav__link[href], " + PANEL + " a[href]")
      if (first) first.focus()
    })
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && drawer.checked) close(true)
    })
    document.addEventListener("focusout", function (event) {
      var panel = event.target instanceof Element && event.target.closest(PANEL)
      var next = event.relatedTarget
      if (panel && drawer.checked && next instanceof Element && !panel.contains(next)) close(false)
    })
  }
})()
