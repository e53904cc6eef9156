/* The 오류 제보 link under each title opens the issue form with the page filled in (hooks/report.py
 * writes it at build time). This adds the section the reader is in: the one the address names on
 * arrival (#id, or the section an old anchor alias stands for), then the last section heading the
 * reader scrolled past. Scrolling back up to the title keeps that section, so a reader who returns
 * to the top to report a mistake reports the section they were reading. The form shows the
 * section and lets them change it. */
(function () {
  "use strict"
  var headings = []
  var current = null
  var queued = false

  function link() {
    return document.querySelector(".md-content a.page-report")
  }

  function label(heading) {
    var copy = heading.cloneNode(true)
    Array.prototype.forEach.call(copy.querySelectorAll(".headerlink, button"), function (node) {
      node.parentNode.removeChild(node)
    })
    return copy.textContent.replace(/\s+/g, " ").trim() + " (#" + heading.id + ")"
  }

  function write() {
    var anchor = link()
    if (!anchor) return
    var url = new URL(anchor.href)
    if (current) url.searchParams.set("section", label(current))
    else url.searchParams.delete("section")
    anchor.href = url.toString()
  }

  function named() {
    var id = decodeURIComponent(window.location.hash.slice(1))
    var target = id && document.getElementById(id)
    if (!target || !target.closest(".md-content")) return null
    if (target.classList.contains("anchor-alias")) target = target.nextElementSibling
    return target && headings.indexOf(target) >= 0 ? target : null
  }

  function follow() {
    queued = false
    var line = window.innerHeight / 4  // a heading in the top quarter of the screen has begun
    var passed = null
    for (var i = 0; i < headings.length && headings[i].getBoundingClientRect().top <= line; i++) passed = headings[i]
    if (passed && passed !== current) {
      current = passed
      write()
    }
  }

  function start() {
    headings = Array.prototype.slice.call(document.querySelectorAll(".md-content article :is(h2, h3, h4)[id]"))
    current = named()
    write()
  }

  window.addEventListener("scroll", function () {
    if (!queued) {
      queued = true
      window.requestAnimationFrame(follow)
    }
  }, { passive: true })
  window.addEventListener("hashchange", function () {
    var target = named()
    if (target) {
      current = target
      write()
    }
  })
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(start)
  } else {
    document.addEventListener("DOMContentLoaded", start)
  }
})()
