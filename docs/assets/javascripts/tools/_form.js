/* What every form tool shares (form[data-tool] whose module registers { name, update }); hooks/tools.py
 * adds this file to pages with a form tool, and tools/_runner.js starts the forms once it is here.
 * - The inputs live in the address, one query parameter per field (?item_kb=6&read_mode=eventual):
 *   a reload, the back button and a link sent to a teammate show the same calculation. A field the
 *   address does not name starts at the page's own default, never at a value the browser restored
 *   (after instant navigation that was a mix of typed and default values nobody had typed).
 * - A button[data-tool-action="copy-link"] copies that address, pointing at the tool's section.
 * - A .tool__summary repeats the outputs marked data-summary; on a phone the style sheet keeps it
 *   in view while the inputs scroll, so a change shows its result next to the field.
 * - quantity(text, units) reads a number as people type it: "1,000", "6KB", "90초"; the modules
 *   reach it as window.awsNoteTools.quantity. */
(function () {
  "use strict"

  /* --- Reading what people type ------------------------------------------------------------- */

  var NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)/

  /* A quantity in the tool's base unit. `units` maps each accepted unit, lower case and without
   * spaces ("kb", "초"), to its size in the base unit; "" is the unit of a bare number. Several
   * parts add up ("1분 30초"). A comma only groups thousands ("43,200"): "1,5" is refused rather
   * than read as 15. Returns {value} or {error: "empty" | "comma" | "number" | "unit"}. */
  function quantity(text, units) {
    var rest = String(text).trim()
    if (!rest) return { error: "empty" }
    if (/,/.test(rest)) {
      if (/\d,(?!\d{3}(?!\d))/.test(rest) || /(^|[^\d]),/.test(rest)) return { error: "comma" }
      rest = rest.replace(/(\d),(?=\d{3})/g, "$1")
    }
    var total = 0
    var parts = 0
    while (rest) {
      var number = NUMBER.exec(rest)
      if (!number) return { error: parts ? "unit" : "number" }
      rest = rest.slice(number[0].length).replace(/^\s+/, "")
      var unit = /^[^\d\s+\-.]*/.exec(rest)[0]
      rest = rest.slice(unit.length).replace(/^\s+/, "")
      var size = units[unit.toLowerCase()]
      if (size === undefined || (unit === "" && (parts || rest))) return { error: "unit" }
      total += Number(number[0]) * size
      parts++
    }
    return { value: Math.round(total * 1e9) / 1e9 }  // 1.1 KB in bytes and back stays 1.1
  }

  /* --- The address holds the inputs --------------------------------------------------------- */

  /* The fields whose value is what the reader typed or picked (text boxes and selects; the tools
     have no check boxes, whose value would not say whether they are checked). */
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && (/^(SELECT|TEXTAREA)$/.test(field.tagName) ||
                            (field.tagName === "INPUT" && /^(text|search|number)$/.test(field.type)))
    })
  }

  function initial(field) {
    if (field.tagName !== "SELECT") return field.defaultValue
    var chosen = Array.prototype.filter.call(field.options, function (option) { return option.defaultSelected })
    return (chosen[0] || field.options[0]).value
  }

  function restore(form) {
    var params = new URLSearchParams(window.location.search)
    fields(form).forEach(function (field) {
      var wanted = params.get(field.name)
      if (field.tagName === "SELECT") {
        var known = Array.prototype.some.call(field.options, function (option) { return option.value === wanted })
        field.value = known ? wanted : initial(field)
      } else {
        field.value = wanted === null ? initial(field) : wanted
      }
    })
  }

  /* The current address with this form's inputs: all of them once any differs from its default. */
  function addressOf(form) {
    var url = new URL(window.location.href)
    var all = fields(form)
    var changed = all.some(function (field) { return field.value !== initial(field) })
    all.forEach(function (field) {
      if (changed) url.searchParams.set(field.name, field.value)
      else url.searchParams.delete(field.name)
    })
    return url
  }

  function remember(form) {
    var url = addressOf(form)
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href)
  }

  /* The id of the heading the tool sits under: a copied link opens the page at the tool. */
  function sectionOf(form) {
    for (var node = form.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[2-6]$/.test(node.tagName) && node.id) return node.id
    }
    return ""
  }

  function copyLink(form, button) {
    var url = addressOf(form)
    url.hash = sectionOf(form)
    var status = form.querySelector(".tool__share-status")
    function say(text) {
      if (!status) return
      status.textContent = ""
      window.setTimeout(function () { status.textContent = text }, 50)  // announced again on a second copy
    }
    window.history.replaceState(window.history.state, "", url.href)
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url.href).then(
        function () { say("링크를 복사했습니다. 받은 사람에게 같은 입력값이 보입니다.") },
        function () { say("주소 표시줄의 링크를 복사하세요.") })
    } else {
      say("주소 표시줄의 링크를 복사하세요.")
    }
  }

  /* --- The result next to the input ----------------------------------------------------------- */

  function summarise(form) {
    var summary = form.querySelector(".tool__summary")
    if (!summary) return
    var parts = Array.prototype.map.call(form.querySelectorAll("output[data-summary]"), function (output) {
      var text = output.textContent.trim().replace(/([다요)]\.)\s.*$/, "$1")  // the first sentence says it
      var label = output.getAttribute("data-summary")
      return label ? label + " " + text : text
    })
    var text = parts.join(" · ")
    if (summary.textContent !== text) summary.textContent = text
  }

  function start(form, update) {
    restore(form)
    form.hidden = false
    var refresh = function () {
      update(form)
      summarise(form)
    }
    var changed = function () {
      refresh()
      remember(form)
    }
    form.addEventListener("input", changed)
    form.addEventListener("change", changed)
    form.addEventListener("reset", function () { window.setTimeout(changed) })  // after the fields reset
    form.addEventListener("submit", function (event) { event.preventDefault(); refresh() })
    form.addEventListener("click", function (event) {
      var button = event.target instanceof Element ? event.target.closest('[data-tool-action="copy-link"]') : null
      if (button) copyLink(form, button)
    })
    refresh()
  }

  ;(window.awsNoteTools = window.awsNoteTools || []).push({ forms: { start: start, quantity: quantity } })
})()
