/* DynamoDB capacity calculator (form[data-tool="ddb-capacity"] on the capacity page).
 * The rules are the page's own (#rounding-rules, #worked-examples): a read counts the item size
 * rounded up to the next 4 KB, a write to the next 1 KB (1 KB = 1,024 bytes); an eventually
 * consistent read costs half, a transactional read or write twice. Provisioned capacity is set in
 * whole units, so a per-second total ending in .5 is shown as it is and rounded up to provision.
 * On-demand request units (RRU, WRU) count the same way. Loaded only on pages with the form. */
(function () {
  "use strict"
  var TOOL = "ddb-capacity"
  var READ_FACTOR = { strong: 2, eventual: 1, transactional: 4 }  // in half units: no float error
  var READ_NAME = { strong: "강력한 일관성 읽기", eventual: "최종적 일관성 읽기", transactional: "트랜잭션 읽기" }
  var WRITE_FACTOR = { standard: 1, transactional: 2 }
  var WRITE_NAME = { standard: "표준 쓰기", transactional: "트랜잭션 쓰기" }
  var EPSILON = 1e-9  // 4.0000000001 KB typed as 4 stays one 4 KB unit

  function fmt(n) { return n.toLocaleString("en-US", { maximumFractionDigits: 3 }) }

  var MAX_ITEM_KB = 400  // the largest item DynamoDB stores (database/dynamodb/#item-size-limit)
  var SIZE_UNITS = { "": 1, k: 1, kb: 1, kib: 1, "킬로바이트": 1, b: 1 / 1024, byte: 1 / 1024, bytes: 1 / 1024,
                     "바이트": 1 / 1024, mb: 1024, mib: 1024, "메가바이트": 1024 }  // in KB, 1 KB = 1,024 bytes
  var COUNT_UNITS = { "": 1, "회": 1, "번": 1 }

  /* A number from a text box (a unit where the field has one: "6KB", "500바이트"), or the Korean
     reason it is not one. */
  function readNumber(form, name, words, options) {
    var input = form.elements[name]
    var read = window.awsNoteTools.quantity(input.value, options.units)
    var value = read.error ? null : read.value
    var error = null
    if (read.error === "empty") error = words[0] + " 입력하세요."
    else if (read.error === "comma") error = "쉼표는 천 단위를 나눌 때만 씁니다. 소수는 1.5처럼 마침표로 입력하세요."
    else if (read.error === "unit") error = words[1] + " " + options.unitHint
    else if (read.error) error = words[1] + " 숫자로 입력하세요."
    else if (value < 0) error = words[1] + " 0보다 작을 수 없습니다."
    else if (value === 0 && !options.zeroAllowed) error = words[1] + " 0보다 커야 합니다."
    else if (options.whole && value !== Math.floor(value)) error = words[1] + " 정수로 입력하세요."
    else if (options.max !== undefined && value > options.max) error = options.maxReason
    input.setAttribute("aria-invalid", error ? "true" : "false")
    var message = form.querySelector('[data-error-for="' + name + '"]')
    if (message) message.textContent = error || ""
    return error ? { error: error } : { value: value }
  }

  function calculate(form) {
    var size = readNumber(form, "item_kb", ["항목 크기를", "항목 크기는"], {
      zeroAllowed: false, units: SIZE_UNITS, unitHint: "KB, KiB, MB, 바이트 중 하나로 입력하세요(예: 6KB, 500바이트).",
      max: MAX_ITEM_KB, maxReason: "DynamoDB 항목 하나는 최대 400 KB(409,600바이트)입니다. 더 큰 데이터는 S3에 두고 키만 저장합니다." })
    var count = { zeroAllowed: true, whole: true, units: COUNT_UNITS, unitHint: "숫자로 입력하세요." }
    var reads = readNumber(form, "reads", ["초당 읽기 수를", "초당 읽기 수는"], count)
    var writes = readNumber(form, "writes", ["초당 쓰기 수를", "초당 쓰기 수는"], count)
    var readMode = form.elements.read_mode.value
    var writeMode = form.elements.write_mode.value
    var out = { read: null, write: null, readError: size.error || reads.error, writeError: size.error || writes.error }
    if (!size.error) {
      var bytes = size.value * 1024
      var readUnits = Math.max(1, Math.ceil(bytes / 4096 - EPSILON))   // 4 KB blocks per read
      var writeUnits = Math.max(1, Math.ceil(bytes / 1024 - EPSILON))  // 1 KB blocks per write
      if (!reads.error) {
        var halves = readUnits * READ_FACTOR[readMode]
        out.read = { kb: size.value, roundedKb: readUnits * 4, units: readUnits, perRequest: halves / 2,
                     perSecond: reads.value * halves / 2, count: reads.value, mode: readMode }
      }
      if (!writes.error) {
        var perRequest = writeUnits * WRITE_FACTOR[writeMode]
        out.write = { kb: size.value, roundedKb: writeUnits, units: writeUnits, perRequest: perRequest,
                      perSecond: writes.value * perRequest, count: writes.value, mode: writeMode }
      }
    }
    return out
  }

  function link(href, text) { return '<a href="' + href + '">' + text + "</a>" }

  function readReasons(r) {
    var lines = []
    lines.push("읽기: 항목 " + fmt(r.kb) + " KB를 다음 4 KB 배수로 올려 " + fmt(r.roundedKb) + " KB로 셉니다(" +
               link("#rounding-rules", "작업별 계산 규칙") + "). 강력한 일관성 읽기 한 번이 " + fmt(r.units) + " RCU입니다.")
    if (r.mode === "eventual") lines.push("최종적 일관성 읽기는 그 절반인 " + fmt(r.perRequest) + " RCU입니다.")
    if (r.mode === "transactional") lines.push("트랜잭션 읽기는 두 배인 " + fmt(r.perRequest) + " RCU입니다.")
    lines.push(READ_NAME[r.mode] + " " + fmt(r.perRequest) + " RCU × 초당 " + fmt(r.count) + "회 = " +
               fmt(r.perSecond) + " RCU(" + link("#worked-examples", "계산 예제") + ").")
    if (r.perSecond !== Math.ceil(r.perSecond)) {
      lines.push("프로비저닝된 용량은 정수로 설정하므로 " + fmt(r.perSecond) + "를 올려 " +
                 fmt(Math.ceil(r.perSecond)) + " RCU로 설정합니다.")
    }
    if (r.count === 0) lines.push("초당 읽기가 0이므로 읽기 용량이 필요 없습니다. 다만 프로비저닝된 테이블의 RCU 설정값은 최소 1입니다.")
    return lines
  }

  function writeReasons(w) {
    var lines = []
    lines.push("쓰기: 항목 " + fmt(w.kb) + " KB를 다음 1 KB 배수로 올려 " + fmt(w.roundedKb) + " KB로 셉니다. 표준 쓰기 한 번이 " +
               fmt(w.units) + " WCU입니다.")
    if (w.mode === "transactional") lines.push("트랜잭션 쓰기는 두 배인 " + fmt(w.perRequest) + " WCU입니다.")
    lines.push(WRITE_NAME[w.mode] + " " + fmt(w.perRequest) + " WCU × 초당 " + fmt(w.count) + "회 = " + fmt(w.perSecond) + " WCU.")
    if (w.count === 0) lines.push("초당 쓰기가 0이므로 쓰기 용량이 필요 없습니다.")
    return lines
  }

  function setOutput(form, name, text) {
    var output = form.querySelector('output[name="' + name + '"]')
    if (output && output.textContent !== text) output.textContent = text
  }

  function update(form) {
    var result = calculate(form)
    var r = result.read
    var w = result.write
    /* rcu: whole read units needed per second (what a provisioned table is set to); rcu_exact keeps
       the half unit an eventually consistent read can leave. */
    setOutput(form, "rcu", r ? fmt(Math.ceil(r.perSecond)) : "계산할 수 없음: " + result.readError)
    setOutput(form, "rcu_exact", r ? fmt(r.perSecond) : "—")
    setOutput(form, "wcu", w ? fmt(w.perSecond) : "계산할 수 없음: " + result.writeError)
    setOutput(form, "rru", r ? fmt(r.perSecond) : "—")
    setOutput(form, "wru", w ? fmt(w.perSecond) : "—")
    var lines = (r ? readReasons(r) : []).concat(w ? writeReasons(w) : [])
    if (r || w) {
      lines.push("온디맨드 모드에서는 같은 부하를 요청 단위로 셉니다(" + link("#request-units", "RRU와 WRU") + "): 초당 " +
                 (r ? fmt(r.perSecond) + " RRU" : "— RRU") + ", " + (w ? fmt(w.perSecond) + " WRU" : "— WRU") + ".")
    }
    var why = form.querySelector("[data-why]")
    if (why) why.innerHTML = lines.map(function (line) { return "<li>" + line + "</li>" }).join("")
  }

  // tools/_runner.js starts each form of this tool and recomputes it on every change
  ;(window.awsNoteTools = window.awsNoteTools || []).push({ name: TOOL, update: update })
})()
