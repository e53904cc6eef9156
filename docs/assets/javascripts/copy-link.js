/* Adds a "copy link" button after every heading permalink (¶): one click puts the full
 * URL of that section on the clipboard, ready to paste into chat. Re-runs after every
 * instant navigation through Material's document$ observable. */
(function () {
  "use strict"
  var LABEL = "이 섹션 링크 복사"
  function sectionUrl(anchor) {
    var url = new URL(window.location.href)
    url.hash = anchor.hash  // the parsed fragment, however the href is written
    url.search = ""
    return url.href
  }
  function announce(button, text) {
    button.setAttribute("data-state", "copied")
    button.setAttribute("aria-label", text)
    button.title = text
    window.setTimeout(function () {
      button.removeAttribute("data-state")
      button.setAttribute("aria-label", LABEL)
      button.title = LABEL
    }, 2000)
  }
  function addButtons() {
    var links = document.querySelectorAll(".md-content .headerlink")
    Array.prototype.forEach.call(links, function (anchor) {
      if (anchor.nextElementSibling && anchor.nextElementSibling.classList.contains("copy-link")) return
      var button = document.createElement("button")
      button.type = "button"
      button.className = "copy-link"
      button.setAttribute("aria-label", LABEL)
      button.title = LABEL
      button.addEventListener("click", function () {
        var url = sectionUrl(anchor)
        history.replaceState(history.state, "", url)
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(
            function () { announce(button, "링크를 복사했습니다") },
            function () { announce(button, "주소 표시줄의 링크를 복사하세요") })
        } else {
          announce(button, "주소 표시줄의 링크를 복사하세요")
        }
      })
      anchor.insertAdjacentElement("afterend", button)
    })
  }
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(addButtons)
  } else {
    document.addEventListener("DOMContentLoaded", addButtons)
  }
})()
