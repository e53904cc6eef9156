/* Practice mode on /practice/ (the controls div[data-tool="practice"] and the "맞혔습니다" buttons
 * that hooks/practice.py writes with the generated list of self-check questions). Without this
 * script the style sheet hides them and the page is a plain list whose answers open one by one.
 * With it: filters by day and area, a shuffled or page order, one question at a time, and a
 * "맞혔습니다" mark per question remembered in localStorage. Until it starts, the style sheet shows
 * its first view (one question, page order), so the page does not move when it does. */
(function () {
  "use strict"
  var TOOL = "practice"
  var STORAGE_KEY = "aws-note:practice:right"

  function loadRight() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "[]")
      return Array.isArray(saved) ? saved : []
    } catch (error) {
      return []  // storage disabled or unreadable: start empty, never break the page
    }
  }

  function saveRight(ids) {
    try { window.localStorage.setItem(STORAGE_KEY, JSON.stringify(ids)) } catch (error) { /* not kept */ }
  }

  function build(container) {
    var items = Array.prototype.slice.call(document.querySelectorAll(".practice-item"))
    var pageOrder = items.slice()
    var state = { order: items.slice(), index: 0, right: loadRight() }

    var day = container.querySelector("#practice-day")
    var area = container.querySelector("#practice-area")
    var hideRight = container.querySelector("#practice-hide-right")
    var one = container.querySelector("#practice-one")
    var status = container.querySelector(".practice-status")
    var nav = container.querySelector(".practice-nav")
    items.forEach(function (item) {
      var mark = item.querySelector(".practice-mark")
      mark.addEventListener("click", function () { toggleRight(item, mark) })
    })

    function toggleRight(item, button) {
      var id = item.getAttribute("data-id")
      var at = state.right.indexOf(id)
      if (at >= 0) state.right.splice(at, 1)
      else state.right.push(id)
      saveRight(state.right)
      render(false)
      if (item.hidden) {  // "맞힌 문제 빼기" just took it away: go on with the next question
        var next = selected()[state.index]
        if (next) next.querySelector("summary").focus()
      } else {
        button.focus()
      }
    }

    function isRight(item) { return state.right.indexOf(item.getAttribute("data-id")) >= 0 }

    function rightCount() {  // marks of questions the page still has
      return state.right.filter(function (id) {
        return items.some(function (item) { return item.getAttribute("data-id") === id })
      }).length
    }

    function selected() {
      return state.order.filter(function (item) {
        return (!day.value || item.getAttribute("data-day") === day.value) &&
               (!area.value || item.getAttribute("data-area") === area.value) &&
               !(hideRight.checked && isRight(item))
      })
    }

    function render(focus) {
      var chosen = selected()
      if (state.index >= chosen.length) state.index = Math.max(0, chosen.length - 1)
      var current = one.checked ? chosen[state.index] : null
      items.forEach(function (item) {
        var right = isRight(item)
        item.classList.toggle("practice-item--right", right)
        var mark = item.querySelector(".practice-mark")
        mark.setAttribute("aria-pressed", right ? "true" : "false")
        mark.textContent = right ? "맞혔습니다 ✓" : "맞혔습니다"
        item.hidden = one.checked ? item !== current : chosen.indexOf(item) < 0
      })
      Array.prototype.forEach.call(document.querySelectorAll(".practice-list"), function (list) {
        var heading = list.previousElementSibling
        var visible = list.querySelector(".practice-item:not([hidden])")
        if (heading && /^H[2-4]$/.test(heading.tagName)) heading.hidden = one.checked || !visible
      })
      nav.hidden = !one.checked
      nav.querySelector('[data-action="prev"]').disabled = !current || state.index === 0
      nav.querySelector('[data-action="next"]').disabled = !current || state.index >= chosen.length - 1
      var total = rightCount()
      container.querySelector('[data-action="reset"]').disabled = total === 0
      var summary
      if (!chosen.length) summary = "고른 조건에 맞는 문제가 없습니다."
      else if (one.checked) summary = chosen.length + "문제 중 " + (state.index + 1) + "번째"
      else summary = chosen.length + "문제"
      status.textContent = summary + " · 맞힌 문제 " + total + "개(전체 " + items.length + "문제)"
      if (focus && current) current.querySelector("summary").focus()
    }

    function go(step) {
      var chosen = selected()
      var current = chosen[state.index]
      if (current) current.querySelector("details").open = false
      state.index = Math.min(Math.max(0, state.index + step), Math.max(0, chosen.length - 1))
      render(true)
    }

    function shuffle() {
      var order = pageOrder.slice()
      for (var i = order.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1))
        var swap = order[i]
        order[i] = order[j]
        order[j] = swap
      }
      setOrder(order)
    }

    function setOrder(order) {
      state.order = order
      state.index = 0
      order.forEach(function (item) { item.parentNode.appendChild(item) })  // list view follows the order
      render(false)
    }

    /* The day headings (#day-1, #day-2) are hidden in one-question mode, yet the table of contents
       points at them: following one picks that day instead (a click, or a hash typed or changed).
       The skip link, which Material points at the first heading, goes to the controls and changes
       nothing. A day in the address when the page loads is not applied: navigation.tracking
       writes the section scrolled to into the address, and a reload would pick a day nobody chose. */
    var days = Array.prototype.map.call(document.querySelectorAll(".practice-list"), function (list) {
      return list.previousElementSibling
    }).filter(function (heading) { return heading && heading.id })

    function dayOf(hash) {
      var id = decodeURIComponent(String(hash || "").replace(/^#/, ""))
      return days.filter(function (heading) { return heading.id === id })[0] || null
    }

    function goToDay(heading) {
      var label = heading.firstChild ? heading.firstChild.textContent.trim() : ""
      if (Array.prototype.some.call(day.options, function (option) { return option.value === label })) {
        day.value = label
      }
      state.index = 0
      render(false)
      var current = one.checked ? selected()[0] : null
      if (current) current.querySelector("summary").focus()
      else if (!heading.hidden) heading.scrollIntoView()
    }

    document.addEventListener("click", function (event) {
      var link = event.target instanceof Element ? event.target.closest("a[href*='#']") : null
      if (!link || link.pathname !== window.location.pathname) return
      var heading = dayOf(link.hash)
      if (!heading || !container.isConnected) return
      event.preventDefault()
      event.stopPropagation()  // Material's instant navigation would scroll to the hidden heading
      if (link.classList.contains("md-skip")) {
        day.focus()
        return
      }
      window.history.replaceState(window.history.state, "", link.hash)
      goToDay(heading)
    }, true)
    window.addEventListener("hashchange", function () {
      var heading = dayOf(window.location.hash)
      if (heading && container.isConnected) goToDay(heading)
    })

    container.addEventListener("change", function () { state.index = 0; render(false) })
    container.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]")
      if (!button) return
      var action = button.getAttribute("data-action")
      if (action === "prev") go(-1)
      if (action === "next") go(1)
      if (action === "shuffle") shuffle()
      if (action === "order") setOrder(pageOrder.slice())
      if (action === "reset") {
        // one click would otherwise lose what a reader marked over days, with no way back
        if (!window.confirm("맞힌 문제 " + rightCount() + "개의 기록을 지울까요? 지운 기록은 되돌릴 수 없습니다.")) return
        state.right = []
        saveRight(state.right)
        render(false)
        status.textContent = "맞힌 기록을 지웠습니다. " + status.textContent
      }
    })
    render(false)
    container.setAttribute("data-started", "")  // the style sheet's stand-in for the first view ends
  }

  // tools/_runner.js builds each practice container once
  ;(window.awsNoteTools = window.awsNoteTools || []).push({ name: TOOL, start: build })
})()
