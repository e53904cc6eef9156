/*
 * Korean input for Material's search box, and loading the search index when it is first needed.
 *
 * Material sends the query to its worker on `keyup` only. Hangul typed through an IME on many
 * phones, pasted, dictated or picked from autocomplete arrives as `input` events without a
 * keyup, and the query was never sent ("검색어를 입력하세요" stayed). Each `input` is passed on
 * as a keyup; Material ignores a value it has already searched for.
 *
 * When the search box gets focus (click, tap, or the / s f shortcuts), the search worker
 * (assets/javascripts/workers/search-ko.js) is asked to load the index, so results are ready by
 * the time the first word is typed. Nothing is downloaded for readers who never search.
 */
(() => {
  const QUERY = "[data-md-component=search-query]"
  const channel = "BroadcastChannel" in window ? new BroadcastChannel("aws-note-search") : null
  let asked = false

  document.addEventListener("input", event => {
    const field = event.target
    if (field instanceof HTMLInputElement && field.matches(QUERY))
      field.dispatchEvent(new KeyboardEvent("keyup", { key: "Unidentified" }))
  })

  document.addEventListener("focusin", event => {
    if (!asked && channel && event.target instanceof Element && event.target.matches(QUERY)) {
      asked = true
      channel.postMessage("open")
    }
  })
})()
