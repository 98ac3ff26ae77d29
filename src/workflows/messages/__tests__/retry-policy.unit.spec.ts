import { DEFAULT_MESSAGE_RETRY } from "../../../options/messages"
import { attemptKey, backoffSeconds, retryDecision, type Attempt } from "../utils/retry-policy"

const retry = DEFAULT_MESSAGE_RETRY
const at = (iso: string) => new Date(iso)
const attempt = (status: string, created_at: string, id = created_at): Attempt => ({ id, status, created_at })

describe("retry policy", () => {
  it("doubles the wait after each failed attempt, up to the maximum", () => {
    expect([1, 2, 3, 4, 10].map((n) => backoffSeconds(n, retry))).toEqual([60, 120, 240, 480, 3600])
  })

  it("retries a failed message once its backoff has passed", () => {
    const attempts = [attempt("failure", "2026-12-01T10:00:00Z")]
    expect(retryDecision(attempts, at("2026-12-01T10:00:59Z"), retry)).toEqual({ action: "wait" })
    expect(retryDecision(attempts, at("2026-12-01T10:01:00Z"), retry)).toEqual({ action: "retry", why: "failed", attempt: 2 })
    const twice = [...attempts, attempt("failure", "2026-12-01T10:01:00Z")]
    expect(retryDecision(twice, at("2026-12-01T10:02:59Z"), retry)).toEqual({ action: "wait" })
    expect(retryDecision(twice, at("2026-12-01T10:03:00Z"), retry)).toEqual({ action: "retry", why: "failed", attempt: 3 })
  })

  it("sends again a message left pending past the timeout (a crash mid-send), and leaves a fresh one alone", () => {
    const attempts = [attempt("pending", "2026-12-01T10:00:00Z")]
    expect(retryDecision(attempts, at("2026-12-01T10:14:00Z"), retry)).toEqual({ action: "wait" })
    expect(retryDecision(attempts, at("2026-12-01T10:15:00Z"), retry)).toEqual({ action: "retry", why: "pending_too_long", attempt: 2 })
  })

  it("stops at success and gives up after the last attempt", () => {
    expect(retryDecision([attempt("failure", "2026-12-01T10:00:00Z"), attempt("success", "2026-12-01T10:01:00Z")], at("2026-12-02T00:00:00Z"), retry)).toEqual({
      action: "done",
    })
    const five = [0, 1, 2, 3, 4].map((n) => attempt("failure", `2026-12-01T1${n}:00:00Z`))
    expect(retryDecision(five, at("2026-12-02T00:00:00Z"), retry)).toEqual({ action: "gave_up" })
  })

  it("names each attempt's key after the message's own", () => {
    expect(attemptKey("bazaar:order.placed:order_1:buyer-order-received:a@b.c", "retry", 2)).toBe(
      "bazaar:order.placed:order_1:buyer-order-received:a@b.c#retry-2"
    )
  })
})
