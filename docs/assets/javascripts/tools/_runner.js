/* Starts the study tools of a page; hooks/tools.py adds this file before the page's tool modules.
 * A module registers itself whichever of the two files runs first (Material's instant navigation
 * re-creates a page's scripts without keeping their order):
 *   (window.awsNoteTools = window.awsNoteTools || []).push({ name: "…", start: function (element) {…} })
 * or, for a form that recomputes on every change, { name: "…", update: function (form) {…} }.
 * Each element with data-tool="name" starts once (data-ready): on load, when its module registers,
 * and after every instant navigation. */
(function () {
  "use strict"
  if (window.awsNoteTools && window.awsNoteTools.running) return  // instant navigation re-runs this file
  var starts = {}

  function formStart(update) {
    return function (form) {
      form.hidden = false
      var refresh = function () { update(form) }
      form.addEventListener("input", refresh)
      form.addEventListener("change", refresh)
      form.addEventListener("submit", function (event) { event.preventDefault(); refresh() })
      refresh()
    }
  }

  function startAll() {
    Object.keys(starts).forEach(function (name) {
      Array.prototype.forEach.call(document.querySelectorAll('[data-tool="' + name + '"]'), function (element) {
        if (element.getAttribute("data-ready") === "true") return
        element.setAttribute("data-ready", "true")
        starts[name](element)
      })
    })
  }

  function register(tool) {
    starts[tool.name] = tool.start || formStart(tool.update)
    startAll()
  }

  var waiting = window.awsNoteTools || []
  window.awsNoteTools = { running: true, push: register }
  waiting.forEach(register)
  if (window.document$) window.document$.subscribe(startAll)
  else document.addEventListener("DOMContentLoaded", startAll)
})()
