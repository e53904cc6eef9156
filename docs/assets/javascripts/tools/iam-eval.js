/* IAM policy evaluation for a request within one account (form[data-tool="iam-eval"] on the IAM
 * page, #policy-evaluation). The steps follow the IAM User Guide's "Policy evaluation logic":
 * explicit deny → SCP/RCP → resource-based → identity-based → permissions boundary → session.
 * Within one account an Allow in a resource-based policy is enough on its own, except that a
 * policy naming the role's ARN (not the role session) stays limited by an implicit deny in a
 * permissions boundary or session policy; a policy naming the IAM user or the session itself
 * is not. The result says so wherever that difference changes the outcome. */
(function () {
  "use strict"
  var TOOL = "iam-eval"
  var STEPS = ["명시적 거부", "SCP·RCP", "리소스 기반 정책", "자격 증명 기반 정책", "권한 경계", "세션 정책"]
  var SECTION = ' (<a href="#policy-evaluation">정책 평가 순서</a>)'

  function value(form, name, fallback) {
    var field = form.elements[name]
    return field && field.value ? field.value : fallback
  }

  /* The decision, the index of the step that made it, and the sentences that explain it. */
  function evaluate(input) {
    var trace = STEPS.map(function () { return "평가하지 않음" })
    var notes = []
    function decide(decision, step, reason) {
      trace[step] = decision === "allow" ? "허용으로 결정" : "거부로 결정"
      return { decision: decision, step: step, reason: reason, trace: trace, notes: notes }
    }
    if (input.explicit_deny === "yes") {
      return decide("deny", 0, "적용되는 정책 하나에 명시적 Deny가 있습니다. 명시적 거부는 다른 어떤 Allow보다 우선하므로 여기서 끝납니다.")
    }
    trace[0] = "통과: Deny 없음"
    if (input.scp === "no-allow") {
      return decide("deny", 1, "SCP(또는 RCP)가 적용되지만 이 작업을 허용하지 않습니다. SCP와 RCP는 권한의 상한이라, 다른 정책이 허용해도 암묵적으로 거부됩니다.")
    }
    trace[1] = input.scp === "allow" ? "통과: SCP·RCP가 허용" : "통과: 적용되는 SCP·RCP 없음"

    var later = []  // policies after the resource-based step that do not allow
    if (input.identity_policy !== "allow") later.push("자격 증명 기반 정책")
    if (input.boundary === "no-allow") later.push("권한 경계")
    if (input.session_policy === "no-allow") later.push("세션 정책")
    var limitsRole = input.boundary === "no-allow" || input.session_policy === "no-allow"

    if (input.resource_policy === "allow") {
      if (!limitsRole) {
        if (later.length) notes.push("같은 계정 안에서는 리소스 기반 정책의 Allow만으로 충분해서, 자격 증명 기반 정책이 허용하지 않아도 됩니다. 예외는 역할 신뢰 정책과 KMS 키 정책입니다.")
        return decide("allow", 2, "리소스 기반 정책이 요청을 허용하고, 권한 경계나 세션 정책이 이를 막지 않습니다.")
      }
      var limit = [input.boundary === "no-allow" ? "권한 경계" : null,
                   input.session_policy === "no-allow" ? "세션 정책" : null].filter(Boolean).join("와 ")
      if (input.resource_principal === "role") {
        notes.push("주체 유형에 따라 달라지는 경우입니다. 리소스 기반 정책이 요청한 IAM 사용자나 역할 세션의 ARN을 직접 지정했다면 " + limit + "의 암묵적 거부와 관계없이 허용됩니다.")
        trace[2] = "역할 ARN에 허용: 다음 단계로"
        trace[3] = "건너뜀: 리소스 기반 정책이 허용"
        if (input.boundary === "no-allow") return decide("deny", 4, "리소스 기반 정책이 역할의 ARN에 허용했으므로 그 역할의 권한 경계에 묶입니다. 권한 경계가 이 작업을 허용하지 않아 암묵적으로 거부됩니다.")
        trace[4] = input.boundary === "allow" ? "통과: 경계가 허용" : "통과: 경계 없음"
        return decide("deny", 5, "리소스 기반 정책이 역할의 ARN에 허용했으므로 세션 정책에 묶입니다. 세션 정책이 이 작업을 허용하지 않아 암묵적으로 거부됩니다.")
      }
      notes.push("주체 유형에 따라 달라지는 경우입니다. 리소스 기반 정책이 역할의 ARN을 지정했다면(역할 세션이 아니라) " + limit + "의 암묵적 거부에 묶여 거부됩니다.")
      return decide("allow", 2, "리소스 기반 정책이 요청한 주체(IAM 사용자 ARN 또는 역할 세션 ARN)를 직접 지정해 허용합니다. 같은 계정 안에서 이렇게 직접 준 권한은 " +
                               later.join(", ") + "의 암묵적 거부에 묶이지 않습니다.")
    }
    trace[2] = "통과: 허용하는 리소스 기반 정책 없음"

    if (input.identity_policy !== "allow") {
      return decide("deny", 3, "허용하는 리소스 기반 정책도, 허용하는 자격 증명 기반 정책도 없습니다. 아무도 허용하지 않았으므로 기본값인 암묵적 거부입니다.")
    }
    trace[3] = "통과: 허용"
    if (input.boundary === "no-allow") {
      return decide("deny", 4, "자격 증명 기반 정책은 허용하지만 권한 경계가 허용하지 않습니다. 경계는 자격 증명 기반 정책이 줄 수 있는 최대 권한이라 암묵적으로 거부됩니다.")
    }
    trace[4] = input.boundary === "allow" ? "통과: 경계가 허용" : "통과: 경계 없음"
    if (input.session_policy === "no-allow") {
      return decide("deny", 5, "세션 정책이 이 작업을 허용하지 않습니다. 세션의 권한은 역할(또는 사용자)의 정책과 세션 정책이 겹치는 부분뿐이라 암묵적으로 거부됩니다.")
    }
    trace[5] = input.session_policy === "allow" ? "통과: 세션 정책이 허용" : "통과: 세션 정책 없음"
    notes.push("KMS 키와 역할 신뢰 정책은 예외로, 리소스 쪽 정책(키 정책, 신뢰 정책)이 허용해야 합니다.")
    trace[3] = "허용으로 결정"
    return { decision: "allow", step: 3, reason: "자격 증명 기반 정책이 허용하고, 그 뒤의 권한 경계와 세션 정책도 막지 않습니다(있으면 허용). 그래서 허용됩니다.",
             trace: trace, notes: notes }
  }

  function update(form) {
    var input = {}
    ;["identity_policy", "explicit_deny", "scp", "boundary", "resource_policy", "session_policy", "resource_principal"]
      .forEach(function (name) { input[name] = value(form, name, "") })
    var result = evaluate(input)
    var output = form.querySelector('output[name="decision"]')
    output.setAttribute("data-decision", result.decision)
    output.textContent = (result.decision === "allow" ? "허용" : "거부") + " — 결정한 단계: " +
                         (result.step + 1) + ". " + STEPS[result.step]
    var why = form.querySelector("[data-why]")
    if (why) {
      why.innerHTML = ["<li>" + result.reason + SECTION + "</li>"].concat(result.notes.map(function (note) {
        return "<li>" + note + "</li>"
      })).join("")
    }
    var steps = form.querySelector("[data-steps]")
    if (steps) {
      steps.innerHTML = STEPS.map(function (name, index) {
        var current = index === result.step ? ' aria-current="step"' : ""
        return "<li" + current + ">" + name + ": " + result.trace[index] + "</li>"
      }).join("")
    }
  }

  // tools/_runner.js starts each form of this tool and recomputes it on every change
  ;(window.awsNoteTools = window.awsNoteTools || []).push({ name: TOOL, update: update })
})()
