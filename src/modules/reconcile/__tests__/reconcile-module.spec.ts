import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { RECONCILE_MODULE } from ".."
import type ReconcileModuleService from "../service"

jest.setTimeout(60 * 1000)

const T0 = new Date("2026-12-01T10:00:00Z")
const T1 = new Date("2026-12-01T10:15:00Z")
const stuckPayment = {
  check: "authorized-without-order",
  subject_type: "payment",
  subject_id: "pay_1",
  action: "failed" as const,
  outcome: "Stripe answered 500",
}

moduleIntegrationTestRunner<ReconcileModuleService>({
  moduleName: RECONCILE_MODULE,
  resolve: "./src/modules/reconcile",
  testSuite: ({ service }) => {
    describe("reconcile module", () => {
      it("keeps one row per check and subject, with the latest action and how often it was seen", async () => {
        await service.recordFindings([stuckPayment], T0)
        await service.recordFindings([{ ...stuckPayment, action: "repaired", outcome: "authorization canceled" }], T1)
        await service.recordFindings([{ ...stuckPayment, check: "authorization-expiring", action: "alerted", outcome: "expires soon" }], T1)

        const findings = await service.listReconcileFindings({}, { order: { check: "ASC" } })
        expect(findings.map(({ check, subject_id, action, outcome, times_seen }) => ({ check, subject_id, action, outcome, times_seen }))).toEqual([
          { check: "authorization-expiring", subject_id: "pay_1", action: "alerted", outcome: "expires soon", times_seen: 1 },
          { check: "authorized-without-order", subject_id: "pay_1", action: "repaired", outcome: "authorization canceled", times_seen: 2 },
        ])
        const repaired = findings.find((finding) => finding.check === "authorized-without-order")!
        expect(new Date(repaired.first_seen_at)).toEqual(T0)
        expect(new Date(repaired.last_seen_at)).toEqual(T1)
      })
    })
  },
})
