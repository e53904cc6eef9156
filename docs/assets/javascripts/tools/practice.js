/* Practice mode on /practice/. hooks/practice.py writes the controls (div[data-tool="practice"])
 * and the first question as this script first shows them, and every question of the site into
 * practice/questions.json (data-src). The questions are fetched on the reader's first interaction
 * (or when the pointer or focus reaches the controls), never on load: the page stays light however
 * many questions the site has. Then: filters by day, area and exam domain, a shuffled or page
 * order, one question at a time or a list, and a "맞혔습니다" mark per question remembered in
 * localStorage. Without this script the style sheet hides the controls and the page lists, by
 * day, the pages whose self-check sections hold the questions. */
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
    var list = document.querySelector(".practice-list")
    var first = list && list.querySelector(".practice-item")
    if (!list || !first) return
    var total = Number(container.getAttribute("data-count")) || 1
    var items = [first]
    var pageOrder = items.slice()
    var state = { order: items.slice(), index: 0, right: loadRight(), loaded: false }
    var loading = null

    var day = container.querySelector("#practice-day")
    var area = container.querySelector("#practice-area")
    var domain = container.querySelector("#practice-domain")
    var hideRight = container.querySelector("#practice-hide-right")
    var one = container.querySelector("#practice-one")
    var status = container.querySelector(".practice-status")
    var nav = container.querySelector(".practice-nav")

    function load() {
      if (!loading) {
        var url = new URL(container.getAttribute("data-src"), window.location.href)
        loading = window.fetch(url.href, { credentials: "same-origin" }).then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status)
          return response.json()
        }).then(function (data) {
          items = data.questions.map(makeItem)
          pageOrder = items.slice()
          state.order = items.slice()
          state.loaded = true
        })
        loading.catch(function () { loading = null })  // the next interaction tries again
      }
      return loading
    }

    function act(step) {
      load().then(step, function () {
        status.textContent = "문제를 받아 오지 못했습니다. 다시 누르거나, 아래 목록에서 페이지의 스스로 점검으로 가서 풉니다."
      })
    }

    function makeItem(question) {
      if (question.id === first.getAttribute("data-id")) return first
      var item = document.createElement("div")
      item.className = "practice-item"
      item.hidden = true
      item.setAttribute("data-id", question.id)
      item.setAttribute("data-day", question.day)
      item.setAttribute("data-area", question.area)
      item.setAttribute("data-domains", question.domains.join(" "))
      var meta = document.createElement("p")
      meta.className = "practice-meta"
      var link = document.createElement("a")
      link.href = question.url
      link.textContent = question.title
      meta.append(question.day + " · " + question.area + " · ", link)
      var details = document.createElement("details")
      details.className = "question"
      details.innerHTML = "<summary>" + question.q + "</summary>" + question.a  // HTML the build rendered
      var mark = first.querySelector(".practice-mark").cloneNode(true)
      var wrap = document.createElement("p")
      wrap.appendChild(mark)
      item.append(meta, details, wrap)
      list.appendChild(item)
      wireMark(item)
      return item
    }

    function wireMark(item) {
      var mark = item.querySelector(".practice-mark")
      mark.addEventListener("click", function () { toggleRight(item, mark) })
    }

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

    function selected() {
      return state.order.filter(function (item) {
        var domains = (item.getAttribute("data-domains") || "").split(" ")
        return (!day.value || item.getAttribute("data-day") === day.value) &&
               (!area.value || item.getAttribute("data-area") === area.value) &&
               (!domain.value || domains.indexOf(domain.value) >= 0) &&
               !(hideRight.checked && isRight(item))
      })
    }

    function rightCount() {
      if (!state.loaded) return state.right.length
      return state.right.filter(function (id) {
        return items.some(function (item) { return item.getAttribute("data-id") === id })
      }).length
    }

    function render(focus) {
      var chosen = selected()
      var count = state.loaded ? chosen.length : total
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
      nav.hidden = !one.checked
      nav.querySelector('[data-action="prev"]').disabled = !current || state.index === 0
      nav.querySelector('[data-action="next"]').disabled = !current || state.index >= count - 1
      container.querySelector('[data-action="reset"]').disabled = rightCount() === 0
      var summary
      if (!count) summary = "고른 조건에 맞는 문제가 없습니다."
      else if (one.checked) summary = count + "문제 중 " + (state.index + 1) + "번째"
      else summary = count + "문제"
      status.textContent = summary + " · 맞힌 문제 " + rightCount() + "개(전체 " + (state.loaded ? items.length : total) +
        "문제)"
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
      order.forEach(function (item) { list.appendChild(item) })  // the list view follows the order
      render(false)
    }

    wireMark(first)
    container.addEventListener("pointerover", function () { load().catch(function () {}) }, { once: true })
    container.addEventListener("focusin", function () { load().catch(function () {}) }, { once: true })
    container.addEventListener("change", function () { act(function () { state.index = 0; render(false) }) })
    container.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]")
      if (!button) return
      var action = button.getAttribute("data-action")
      if (action === "prev") act(function () { go(-1) })
      if (action === "next") act(function () { go(1) })
      if (action === "shuffle") act(shuffle)
      if (action === "order") act(function () { setOrder(pageOrder.slice()) })
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
    container.setAttribute("data-started", "")
  }

  // tools/_runner.js builds each practice container once
  ;(window.awsNoteTools = window.awsNoteTools || []).push({ name: TOOL, start: build })
})()
