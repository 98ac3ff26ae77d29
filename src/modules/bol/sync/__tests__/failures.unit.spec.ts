import { BolAuthError, BolRateLimitedError, BolRequestError, BolTransientError } from "../../client/errors"
import { backoffMs, classifyFailure } from "../failures"
import { bolSyncSchedule, resolveBolSyncOptions } from "../../../../options/bol"
import { describeUnit, detailUnits } from "../units"

describe("sync failures", () => {
  it("waits for budget on a refused slot or a 429, backs off on 5xx and the unexpected, gives up on refusals", () => {
    expect(classifyFailure(new BolRateLimitedError("x", 1200, "shipmentDetail", false))).toEqual({
      kind: "budget",
      retryInMs: 1200,
      group: "shipmentDetail",
      fromServer: false,
    })
    expect(classifyFailure(new BolTransientError("GET x: bol.com answered 502", 502, undefined, 3000))).toMatchObject({
      kind: "transient",
      status: 502,
      hintMs: 3000,
    })
    expect(classifyFailure(new Error("connection terminated"))).toMatchObject({ kind: "transient", message: "Error: connection terminated" })
    expect(classifyFailure(new BolRequestError("GET x: 404", 404))).toMatchObject({ kind: "permanent", status: 404 })
    expect(classifyFailure(new BolAuthError("refused", 401, "invalid_client"))).toMatchObject({ kind: "permanent", status: 401 })
  })

  it("doubles the backoff per attempt, never below the server's hint and at most five minutes", () => {
    expect([0, 1, 2, 3].map((attempt) => backoffMs(attempt, 2000))).toEqual([2000, 4000, 8000, 16000])
    expect(backoffMs(0, 2000, 30_000)).toBe(30_000)
    expect(backoffMs(20, 2000)).toBe(300_000)
  })
})

describe("sync settings and units", () => {
  it("defaults to bol's real limits every 15 minutes, and reads the knobs", () => {
    expect(resolveBolSyncOptions()).toEqual({
      redisUrl: undefined,
      redisPrefix: "bazaar:bol",
      rateLimitScale: 1,
      batchSize: 25,
      maxAttempts: 5,
      retryBaseMs: 2000,
      staleAfterMs: 30 * 60_000,
      sweepLimit: 5000,
    })
    expect(resolveBolSyncOptions({ rateLimitScale: 100 }, "redis://project").rateLimitScale).toBe(100)
    expect(resolveBolSyncOptions({}, "redis://project").redisUrl).toBe("redis://project")
    expect(resolveBolSyncOptions({ redisUrl: "redis://bol" }, "redis://project").redisUrl).toBe("redis://bol")
    expect(() => resolveBolSyncOptions({ batchSize: 2.5 })).toThrow("bol.sync.batchSize must be a positive whole number (got 2.5)")
    expect(() => resolveBolSyncOptions({ retryBaseMs: Number("soon") })).toThrow(/bol.sync.retryBaseMs must be a positive number \(got NaN\)/)

    expect(bolSyncSchedule({ NODE_ENV: "production" })).toEqual({ schedule: "*/15 * * * *", enabled: true })
    expect(bolSyncSchedule({ NODE_ENV: "test" }).enabled).toBe(false)
    expect(bolSyncSchedule({ NODE_ENV: "production", BAZAAR_BOL_SYNC_SCHEDULE: "off" }).enabled).toBe(false)
    expect(bolSyncSchedule({ NODE_ENV: "test", BAZAAR_BOL_SYNC_SCHEDULE: "2000" })).toEqual({ schedule: { interval: 2000 }, enabled: true })
  })

  it("splits ids into detail batches and names units for logs", () => {
    const base = { run_id: "bolrun_1", account_id: "bolacc_1", resource: "shipments" }
    const batches = detailUnits(base, ["1", "2", "3", "4", "5"], 2)
    expect(batches.map((unit) => unit.ids)).toEqual([["1", "2"], ["3", "4"], ["5"]])
    expect(describeUnit(batches[0])).toBe("details shipments 1 (+1)")
    expect(describeUnit({ ...base, kind: "list_page", query: { "fulfilment-method": "FBB" }, page: 3, attempt: 0 })).toBe(
      "list shipments FBB page 3"
    )
  })
})
