/* Marks the section a shared link points to. CSS :target does this on a full page load, but
 * Material's instant navigation moves between pages with history.pushState, which leaves
 * :target on the old page's element (or none). This sets .is-target on the element the
 * address names after every instant navigation and hash change; extra.css styles both. */
(function () {
  "use strict"
  function mark() {
    var old = document.querySelectorAll(".md-content .is-target")
    Array.prototype.forEach.call(old, function (element) { element.classList.remove("is-target") })
    var id = decodeURIComponent(window.location.hash.slice(1))
    var target = id && document.getElementById(id)
    if (target && target.closest(".md-content")) target.classList.add("is-target")
  }
  window.addEventListener("hashchange", mark)
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(mark)
  } else {
    document.addEventListener("DOMContentLoaded", mark)
  }
})()
