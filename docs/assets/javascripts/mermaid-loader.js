/* Material fetches Mermaid from unpkg.com only when `window.mermaid` is undefined.
 * This stub defines it, so that request never happens; the real library (vendored
 * @mermaid-js/tiny, see vendor/) is fetched from this site on the first diagram only.
 * Pages without a diagram never load it. */
(function () {
  "use strict"
  if (typeof window.mermaid !== "undefined" && !(window.mermaid instanceof Element)) return
  var src = new URL("vendor/mermaid.tiny.js", document.currentScript.src).href
  var config = {}
  var loading = null
  function load() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script")
        script.src = src
        script.onload = function () {
          window.mermaid = globalThis.mermaid
          window.mermaid.initialize(config)
          resolve(window.mermaid)
        }
        script.onerror = reject
        document.head.appendChild(script)
      })
    }
    return loading
  }
  window.mermaid = {
    initialize: function (options) { config = options || {} },
    render: function (id, text) {
      return load().then(function (mermaid) { return mermaid.render(id, text) })
    }
  }
})()
