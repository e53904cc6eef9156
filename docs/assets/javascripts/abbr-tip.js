/* The meaning of an abbreviation for a tap, the Tab key and a screen reader, not only for a mouse.
 * hooks/abbreviations.py puts each marked term (<abbr title="…" tabindex="0">) in the tab order; a
 * tap focuses it too. While a term has focus, one shared bubble under it shows the meaning, and
 * the term points at the bubble (aria-describedby) instead of its title, so the browser's own title
 * tooltip does not cover it. Escape, a tap elsewhere or Tab closes it. One listener pair on the
 * document serves every page, also after instant navigation; nothing runs until a term is focused. */
(function () {
  "use strict"
  var tip = null
  var shown = null

  function bubble() {
    if (!tip) {
      tip = document.createElement("span")
      tip.id = "abbr-tip"
      tip.className = "abbr-tip"
      tip.setAttribute("role", "tooltip")
      tip.hidden = true
      document.body.appendChild(tip)
    }
    return tip
  }

  /* Under the term, or above it near the bottom of the screen; always inside the screen. */
  function place(term) {
    var box = term.getBoundingClientRect()
    var margin = 8
    tip.style.left = "0px"
    tip.style.top = "0px"
    var width = tip.offsetWidth
    var height = tip.offsetHeight
    var left = Math.min(Math.max(margin, box.left), window.innerWidth - width - margin)
    var top = box.bottom + 6
    if (top + height > window.innerHeight - margin) top = Math.max(margin, box.top - height - 6)
    tip.style.left = left + "px"
    tip.style.top = top + "px"
  }

  function show(term) {
    if (shown === term) return
    hide()
    var meaning = term.getAttribute("title")
    if (!meaning) return
    bubble().textContent = meaning
    term.setAttribute("data-title", meaning)
    term.removeAttribute("title")
    term.setAttribute("aria-describedby", "abbr-tip")
    tip.hidden = false
    place(term)
    shown = term
  }

  function hide() {
    if (!shown) return
    shown.setAttribute("title", shown.getAttribute("data-title"))
    shown.removeAttribute("data-title")
    shown.removeAttribute("aria-describedby")
    tip.hidden = true
    shown = null
  }

  function term(target) {
    return target instanceof Element ? target.closest("abbr[tabindex]") : null
  }

  document.addEventListener("focusin", function (event) {
    var found = term(event.target)
    if (found) show(found)
    else hide()
  })
  document.addEventListener("focusout", function (event) {
    if (term(event.target) === shown) hide()
  })
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && shown) hide()
  })
  window.addEventListener("scroll", function () { if (shown) place(shown) }, { passive: true })
})()
