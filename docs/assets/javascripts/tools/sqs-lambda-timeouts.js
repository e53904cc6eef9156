/* SQS visibility timeout vs Lambda function timeout (form[data-tool="sqs-lambda-timeouts"] on the
 * SQS page, #lambda-visibility-rules). Lambda refuses an event source mapping whose function
 * timeout exceeds the queue's visibility timeout (error); AWS advises a visibility timeout of at
 * least six times the function timeout (warn below it); SQS allows at most 43,200 seconds.
 * A standard function runs at most 1,800 seconds (the Lambda API reference in December 2026; 900
 * before), a Lambda Managed Instances function 5,400 on asynchronous and event source mapping calls. */
(function () {
  "use strict"
  var TOOL = "sqs-lambda-timeouts"
  var SQS_MAX = 43200
  var LAMBDA_MAX = 1800
  var MANAGED_INSTANCES_MAX = 5400
  var FACTOR = 6
  var LAMBDA_TIMEOUT_LINK = '<a href="../../serverless/lambda/#timeout">Lambda 실행 시간 제한</a>'

  function fmt(n) { return n.toLocaleString("en-US", { maximumFractionDigits: 3 }) }

  function duration(seconds) {
    var minutes = seconds / 60
    if (seconds < 60 || seconds % 60 !== 0) return fmt(seconds) + "초"
    if (minutes < 60 || minutes % 60 !== 0) return fmt(seconds) + "초(" + fmt(minutes) + "분)"
    return fmt(seconds) + "초(" + fmt(minutes / 60) + "시간)"
  }

  var SECONDS = { "": 1, s: 1, sec: 1, secs: 1, second: 1, seconds: 1, "초": 1,
                  m: 60, min: 60, mins: 60, minute: 60, minutes: 60, "분": 60,
                  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, "시간": 3600 }

  /* Seconds from a text box: a number, or a duration with units ("90초", "2분", "1분 30초", "1h"). */
  function readSeconds(form, name, words, min, max, maxReason) {
    var input = form.elements[name]
    var read = window.awsNoteTools.quantity(input.value, SECONDS)
    var value = read.error ? null : read.value
    var error = null
    if (read.error === "empty") error = words[0] + " 초 단위로 입력하세요."
    else if (read.error === "comma") error = "쉼표는 천 단위를 나눌 때만 씁니다(예: 43,200)."
    else if (read.error === "unit") error = words[1] + " 초, 분, 시간으로 입력하세요(예: 90초, 2분, 1분 30초)."
    else if (read.error) error = words[1] + " 숫자(초)로 입력하세요."
    else if (value < 0) error = words[1] + " 0보다 작을 수 없습니다."
    else if (value < min) error = words[1] + " " + min + "초 이상이어야 합니다."
    else if (value !== Math.floor(value)) error = words[1] + " 정수(초)로 입력하세요."
    else if (value > max) error = maxReason
    input.setAttribute("aria-invalid", error ? "true" : "false")
    var message = form.querySelector('[data-error-for="' + name + '"]')
    if (message) message.textContent = error || ""
    return error ? { error: error } : { value: value }
  }

  function update(form) {
    var visibility = readSeconds(form, "visibility_timeout", ["가시성 제한 시간을", "가시성 제한 시간은"], 0, SQS_MAX,
      "SQS 가시성 제한 시간은 최대 " + duration(SQS_MAX) + "입니다.")
    var lambda = readSeconds(form, "lambda_timeout", ["함수 제한 시간을", "함수 제한 시간은"], 1, MANAGED_INSTANCES_MAX,
      "Lambda 함수 제한 시간은 최대 " + duration(LAMBDA_MAX) + "입니다. Lambda Managed Instances 함수도 최대 " +
      fmt(MANAGED_INSTANCES_MAX) + "초입니다.")
    var verdict = form.querySelector('output[name="verdict"]')
    var recommended = form.querySelector('output[name="recommended"]')
    var why = []
    var recommendedSeconds = null

    if (!lambda.error) {
      var guidance = lambda.value * FACTOR
      recommendedSeconds = Math.min(guidance, SQS_MAX)
      why.push("권장값: 함수 제한 시간 " + duration(lambda.value) + " × 6 = " + duration(guidance) +
               (guidance > SQS_MAX ? ". SQS의 최대값 " + duration(SQS_MAX) + "로 줄였습니다." : ".") +
               " 함수가 스로틀링되어 Lambda가 배치를 다시 시도할 시간을 남기려는 것입니다.")
      if (lambda.value > LAMBDA_MAX) {
        why.push("일반 Lambda 함수의 제한 시간은 최대 " + duration(LAMBDA_MAX) + "입니다. " + fmt(LAMBDA_MAX) +
                 "초를 넘는 값은 Lambda Managed Instances 함수의 비동기식 호출과 이벤트 소스 매핑만 쓸 수 있습니다(최대 " +
                 fmt(MANAGED_INSTANCES_MAX) + "초, " +
                 LAMBDA_TIMEOUT_LINK + ").")
      }
    }
    recommended.textContent = recommendedSeconds === null ? "계산할 수 없음: " + lambda.error : fmt(recommendedSeconds)

    var tooLong = !lambda.error && lambda.value > LAMBDA_MAX
      ? " 단, 일반 Lambda 함수의 제한 시간은 최대 " + fmt(LAMBDA_MAX) + "초입니다." : ""
    if (visibility.error || lambda.error) {
      verdict.removeAttribute("data-level")
      verdict.textContent = "판정할 수 없음: " + [visibility.error, lambda.error].filter(Boolean).join(" ")
    } else if (lambda.value > visibility.value) {
      verdict.setAttribute("data-level", "error")
      verdict.textContent = "오류: 함수 제한 시간이 가시성 제한 시간보다 깁니다(" + fmt(lambda.value) + "초 > " +
                            fmt(visibility.value) + "초). Lambda가 이벤트 소스 매핑을 거부합니다." + tooLong
      why.unshift("필수 규칙: 함수 제한 시간 ≤ 가시성 제한 시간. Lambda는 이벤트 소스 매핑을 만들거나 고칠 때 이 조건을 검사하고, 어기면 오류를 돌려줍니다.")
    } else if (visibility.value < lambda.value * FACTOR) {
      verdict.setAttribute("data-level", "warn")
      verdict.textContent = "주의: 가시성 제한 시간이 권장값보다 짧습니다(" + fmt(visibility.value) + "초 < " +
                            fmt(recommendedSeconds) + "초). 매핑은 만들어집니다." + tooLong
      why.unshift("권장 규칙: 가시성 제한 시간 ≥ 함수 제한 시간 × 6. 짧으면 재시도 중에 메시지가 다시 보여 같은 메시지를 두 번 처리할 수 있습니다.")
    } else {
      verdict.setAttribute("data-level", "ok")
      verdict.textContent = "좋음: 가시성 제한 시간이 함수 제한 시간의 6배 이상입니다(" + fmt(visibility.value) + "초 ≥ " +
                            fmt(recommendedSeconds) + "초)." + tooLong
      why.unshift("두 규칙을 모두 지킵니다: 함수 제한 시간 ≤ 가시성 제한 시간, 가시성 제한 시간 ≥ 함수 제한 시간 × 6.")
    }
    why.push('규칙과 예는 <a href="#lambda-visibility-rules">Lambda 소비자의 제한 시간 규칙</a>에 있습니다.')
    var list = form.querySelector("[data-why]")
    if (list) list.innerHTML = why.map(function (line) { return "<li>" + line + "</li>" }).join("")
  }

  // tools/_runner.js starts each form of this tool and recomputes it on every change
  ;(window.awsNoteTools = window.awsNoteTools || []).push({ name: TOOL, update: update })
})()
