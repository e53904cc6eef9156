/* IAM policy evaluation for a request within one account (form[data-tool="iam-eval"] on the IAM
 * page, #policy-evaluation). The steps follow the IAM User Guide's "Policy evaluation logic":
 * explicit deny → SCP/RCP → resource-based → identity-based → permissions boundary → session.
 * Within one account an Allow in a resource-based policy is enough on its own when it names the
 * principal that sends the request: the IAM user itself, or the session (role session or federated
 * user session). When it names the entity the session came from instead (the role's ARN, or the ARN
 * of the IAM user who called GetFederationToken), its permissions are added before the session is
 * created, so an implicit deny in the permissions boundary or the session policy still denies; a
 * GetFederationToken session without a session policy has no such permissions at all. */
(function () {
  "use strict"
  var TOOL = "iam-eval"
  var STEPS = ["명시적 거부", "SCP·RCP", "리소스 기반 정책", "자격 증명 기반 정책", "권한 경계", "세션 정책"]
  var SECTION = ' (<a href="#policy-evaluation">정책 평가 순서</a>)'

  function value(form, name, fallback) {
    var field = form.elements[name]
    return field && field.value ? field.value : fallback
  }

  /* "권한 경계와 세션 정책": the limiting policies that do not allow the action. */
  function limitNames(input) {
    return [input.boundary === "no-allow" ? "권한 경계" : null,
            input.session_policy === "no-allow" ? "세션 정책" : null].filter(Boolean).join("와 ")
  }

  /* A resource-based Allow naming the role's ARN, or the IAM user who called GetFederationToken:
   * its permissions join the identity-based ones before the session exists, so the permissions
   * boundary and the session policy still limit them; an implicit deny in the identity-based
   * policy does not. */
  function resourceGrantToParent(input, trace, notes, decide) {
    var federated = input.resource_principal === "federating-user"
    var named = federated ? "GetFederationToken을 부른 IAM 사용자의 ARN" : "역할의 ARN"
    notes.push("주체 유형에 따라 달라지는 경우입니다. 리소스 기반 정책이 " + (federated ? "페더레이션 사용자 세션" : "역할 세션") +
               "의 ARN을 직접 지정했다면 권한 경계와 세션 정책의 암묵적 거부와 관계없이 허용됩니다.")
    trace[2] = "허용: " + named + "에 허용, 다음 단계로"
    trace[3] = "건너뜀: 리소스 기반 정책이 허용"
    if (input.boundary === "no-allow") {
      return decide("deny", 4, "리소스 기반 정책이 " + named + "에 허용했으므로 그 " + (federated ? "사용자" : "역할") +
                               "의 권한 경계에 묶입니다. 권한 경계가 이 작업을 허용하지 않아 암묵적으로 거부됩니다.")
    }
    trace[4] = input.boundary === "allow" ? "통과: 경계가 허용" : "통과: 경계 없음"
    if (input.session_policy === "no-allow") {
      return decide("deny", 5, "리소스 기반 정책이 " + named + "에 허용했으므로 세션 정책에 묶입니다. 세션 정책이 이 작업을 허용하지 않아 암묵적으로 거부됩니다.")
    }
    if (federated && input.session_policy !== "allow") {
      return decide("deny", 5, "GetFederationToken에 세션 정책을 넘기지 않으면 페더레이션 사용자 세션에는 권한이 없습니다. IAM 사용자의 ARN에 준 권한도 쓸 수 없고, 세션의 ARN을 직접 지정한 리소스 기반 정책만 권한을 줍니다.")
    }
    trace[5] = input.session_policy === "allow" ? "통과: 세션 정책이 허용" : "통과: 세션 정책 없음"
    return decide("allow", 2, "리소스 기반 정책이 요청을 허용하고, 권한 경계나 세션 정책이 이를 막지 않습니다.")
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
    var limitsParentGrant = input.boundary === "no-allow" || input.session_policy === "no-allow"

    if (input.resource_policy === "allow") {
      if (input.resource_principal === "role" || input.resource_principal === "federating-user") {
        return resourceGrantToParent(input, trace, notes, decide)
      }
      if (input.identity_policy !== "allow") {
        notes.push("같은 계정 안에서는 리소스 기반 정책의 Allow만으로 충분해서, 자격 증명 기반 정책이 허용하지 않아도 됩니다. 예외는 역할 신뢰 정책과 KMS 키 정책입니다.")
      }
      if (limitsParentGrant) {
        notes.push("주체 유형에 따라 달라지는 경우입니다. 리소스 기반 정책이 세션의 ARN이 아니라 역할의 ARN이나 GetFederationToken을 부른 IAM 사용자의 ARN을 지정했다면 " +
                   limitNames(input) + "의 암묵적 거부에 묶여 거부됩니다.")
      }
      ;[3, 4, 5].forEach(function (step) { trace[step] = "영향 없음: 요청한 주체에게 직접 허용" })
      return decide("allow", 2, "리소스 기반 정책이 요청한 주체 자신(IAM 사용자, 역할 세션 또는 페더레이션 사용자 세션의 ARN)을 지정해 허용합니다." +
                               (later.length ? " 같은 계정 안에서 이렇게 직접 준 권한은 " + later.join(", ") + "의 암묵적 거부에 묶이지 않습니다." : ""))
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
