/* Material wraps each code block's copy button in an unnamed <nav>, so a page with several code
 * blocks has several identical navigation landmarks (axe-core: landmark-unique). A copy button
 * is not a place to navigate to: the toolbar loses the landmark role and keeps its button. */
(function () {
  "use strict"
  function unlandmark(root) {
    var toolbars = root.querySelectorAll ? root.querySelectorAll(".md-code__nav:not([role])") : []
    Array.prototype.forEach.call(toolbars, function (nav) { nav.setAttribute("role", "none") })
  }
  new MutationObserver(function (records) {
    records.forEach(function (record) {
      Array.prototype.forEach.call(record.addedNodes, function (node) {
        if (node.nodeType !== 1) return
        if (node.matches(".md-code__nav:not([role])")) node.setAttribute("role", "none")
        else unlandmark(node)
      })
    })
  }).observe(document.documentElement, { childList: true, subtree: true })
  unlandmark(document)
})()
