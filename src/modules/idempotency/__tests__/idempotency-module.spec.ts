import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { IDEMPOTENCY_MODULE } from ".."
import type IdempotencyModuleService from "../service"
import { LEASE_SECONDS } from "../service"

jest.setTimeout(60 * 1000)

const T0 = new Date("2026-12-01T10:00:00Z")
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
const request = { scope: "seller:sel_1", key: "k-1", method: "POST", route: "/seller/shops", fingerprint: "f1", now: T0 }
const answer = { status: 201, headers: { "content-type": "application/json; charset=utf-8" }, body: '{"shop":{"id":"shop_1"}}' }

moduleIntegrationTestRunner<IdempotencyModuleService>({
  moduleName: IDEMPOTENCY_MODULE,
  resolve: "./src/modules/idempotency",
  moduleOptions: { idempotency: { ttlHours: 2 } },
  testSuite: ({ service }) => {
    describe("idempotency module", () => {
      it("lets one of ten concurrent claims of a key through; the others hear it is running", async () => {
        const outcomes = await Promise.all(Array.from({ length: 10 }, () => service.claim(request)))
        expect(outcomes.filter((o) => o.outcome === "claimed")).toHaveLength(1)
        expect(outcomes.filter((o) => o.outcome === "in_progress")).toHaveLength(9)
        expect(outcomes.find((o) => o.outcome === "in_progress")).toEqual({ outcome: "in_progress", retryAfterSeconds: 5 })
      })

      it("replays a completed answer, refuses the key for another request, and frees a released one", async () => {
        const first = await service.claim(request)
        if (first.outcome !== "claimed") throw new Error(first.outcome)
        expect(await service.complete(first.claim, answer, T0)).toBe(true)
        expect(await service.claim({ ...request, now: later(60) })).toEqual({ outcome: "replay", response: answer })
        expect(await service.claim({ ...request, fingerprint: "f2" })).toEqual({ outcome: "mismatch", method: "POST", route: "/seller/shops" })
        expect((await service.claim({ ...request, route: "/seller/shops/:id" })).outcome).toBe("mismatch")
        // another caller's key of the same name is its own
        expect((await service.claim({ ...request, scope: "seller:sel_2" })).outcome).toBe("claimed")

        const other = await service.claim({ ...request, key: "k-2" })
        if (other.outcome !== "claimed") throw new Error(other.outcome)
        await service.release(other.claim)
        expect((await service.claim({ ...request, key: "k-2", fingerprint: "f3" })).outcome).toBe("claimed")
      })

      it("gives a crashed request's key to a retry of the same request once its lease is over", async () => {
        const crashed = await service.claim(request)
        if (crashed.outcome !== "claimed") throw new Error(crashed.outcome)
        expect((await service.claim({ ...request, now: later(LEASE_SECONDS - 1) })).outcome).toBe("in_progress")
        expect((await service.claim({ ...request, fingerprint: "f2", now: later(LEASE_SECONDS) })).outcome).toBe("mismatch")
        const retry = await service.claim({ ...request, now: later(LEASE_SECONDS) })
        expect(retry.outcome).toBe("claimed")
        // the crashed request finishing late no longer owns the key
        expect(await service.complete(crashed.claim, answer, later(LEASE_SECONDS + 1))).toBe(false)
      })

      it("treats an expired key as new and purges expired keys only", async () => {
        const first = await service.claim(request)
        if (first.outcome !== "claimed") throw new Error(first.outcome)
        await service.complete(first.claim, answer, T0)
        const kept = await service.claim({ ...request, key: "k-kept", now: later(3600) })
        expect(kept.outcome).toBe("claimed")

        expect((await service.claim({ ...request, fingerprint: "f2", now: later(2 * 3600 - 1) })).outcome).toBe("mismatch")
        expect(await service.purgeExpired(later(2 * 3600 - 1))).toBe(0)
        expect(await service.purgeExpired(later(2 * 3600))).toBe(1)
        expect((await service.listIdempotencyKeys({})).map((row) => row.key)).toEqual(["k-kept"])
        expect((await service.claim({ ...request, fingerprint: "f2", now: later(2 * 3600) })).outcome).toBe("claimed")
        // and without the purge, an expired key is taken over as new
        expect((await service.claim({ ...request, key: "k-kept", fingerprint: "f9", now: later(3 * 3600) })).outcome).toBe("claimed")
      })
    })
  },
})
