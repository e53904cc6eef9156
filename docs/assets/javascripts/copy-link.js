/* The "copy link" button after every heading permalink (¶), written by hooks/copylink.py: one
 * click puts the full URL of that section on the clipboard, ready to paste into chat. One
 * listener on the document answers every button, also on pages reached by instant navigation.
 * What happened is said in words for two seconds, in a status line at the bottom of the screen
 * that screen readers announce (the button turns into a check mark meanwhile). The status line
 * exists from the start, empty and not shown: a live region added at the moment it speaks is
 * often not announced. */
(function () {
  "use strict"
  var toast = document.createElement("div")
  toast.className = "copy-toast"
  toast.setAttribute("role", "status")
  document.body.appendChild(toast)
  var timer = 0

  function sectionUrl(anchor) {
    var url = new URL(window.location.href)
    url.hash = anchor.hash  // the parsed fragment, however the href is written
    url.search = ""
    return url.href
  }
  function announce(button, text) {
    button.setAttribute("data-state", "copied")
    toast.textContent = text
    window.clearTimeout(timer)
    timer = window.setTimeout(function () {
      button.removeAttribute("data-state")
      toast.textContent = ""
    }, 2000)
  }
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("button.copy-link") : null
    var anchor = button && button.previousElementSibling
    if (!anchor || !anchor.classList.contains("headerlink")) return
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
})()
