/* Starts the study tools of a page; hooks/tools.py adds this file before the page's tool modules.
 * A module registers itself whichever of the files runs first (Material's instant navigation
 * re-creates a page's scripts without keeping their order):
 *   (window.awsNoteTools = window.awsNoteTools || []).push({ name: "…", start: function (element) {…} })
 * or, for a form that recomputes on every change, { name: "…", update: function (form) {…} }.
 * Each element with data-tool="name" starts once (data-ready): on load, when its module registers,
 * and after every instant navigation. What form tools share (inputs kept in the address, the copy
 * link, the summary, reading quantities) is tools/_form.js, which hooks/tools.py adds to pages
 * with a form tool only; it registers as { forms: {start, quantity} }, and form tools wait for it. */
(function () {
  "use strict"
  if (window.awsNoteTools && window.awsNoteTools.running) return  // instant navigation re-runs this file
  var starts = {}
  var forms = null

  function startAll() {
    Object.keys(starts).forEach(function (name) {
      Array.prototype.forEach.call(document.querySelectorAll('[data-tool="' + name + '"]'), function (element) {
        if (element.getAttribute("data-ready") === "true") return
        if (starts[name].form && !forms) return  // starts once tools/_form.js has registered
        element.setAttribute("data-ready", "true")
        starts[name](element)
      })
    })
  }

  function formStart(update) {
    var start = function (form) { forms.start(form, update) }
    start.form = true
    return start
  }

  function register(tool) {
    if (tool.forms) {
      forms = tool.forms
      window.awsNoteTools.quantity = forms.quantity
    } else {
      starts[tool.name] = tool.start || formStart(tool.update)
    }
    startAll()
  }

  var waiting = window.awsNoteTools || []
  window.awsNoteTools = { running: true, push: register }
  waiting.forEach(register)
  if (window.document$) window.document$.subscribe(startAll)
  else document.addEventListener("DOMContentLoaded", startAll)
})()
