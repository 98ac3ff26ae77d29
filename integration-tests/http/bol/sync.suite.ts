import { startBolSimulator, type BolSimulator } from "../../../tools/bol-simulator"
import bolSyncJob from "../../../src/jobs/bol-sync"
import { startBolFaultProxy } from "../../helpers/bol-fault-proxy"
import {
  bolService,
  controllableSyncWorker,
  SYNC_ENV,
  SYNC_SPEED_UP,
  simulatorAccount,
  startSync,
  syncAndWait,
  waitForRun,
  waitUntil,
} from "../../helpers/bol-sync"
import { captureOutputAndEvents } from "../../helpers/capture"
import type { SuiteArgs } from "../../helpers/domain-runner"

export const timeoutMs = 180 * 1000

export const env: Record<string, string> = { ...SYNC_ENV }

const SHIPMENT_DETAIL = "GET /retailer/shipments/{shipment-id}"
const SHIPMENT_LIST = "GET /retailer/shipments"

export function suite({ getContainer, dbConnection }: SuiteArgs) {
  let sim: BolSimulator

  beforeAll(async () => {
    sim = await startBolSimulator({
      speedUp: SYNC_SPEED_UP,
      seed: { shipments: { FBR: 120, FBB: 45 }, orders: 60, returns: 30 },
    })
  })
  afterAll(async () => {
    await sim.close()
  })
  beforeEach(() => sim.resetStats())
  afterEach(() => {
    expect(sim.stats.rateLimitViolations).toBe(0)
  })

  const count = async (sql: string, params: unknown[] = []) => Number((await dbConnection.raw(sql, params)).rows[0].count)

  it("walks every FBR and FBB page until {} and stores each shipment with its detail once; a second run adds nothing", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim)

    const run = await syncAndWait(container, account.id)

    const visible = [...sim.data.visibleShipmentIds("FBR"), ...sim.data.visibleShipmentIds("FBB")]
    expect(run).toMatchObject({ status: "succeeded", pages: 4 + 2, records: visible.length, pending_units: 0, errors: [] })
    expect(sim.stats.byEndpoint[SHIPMENT_LIST]).toBe(6)
    expect(sim.stats.byEndpoint[SHIPMENT_DETAIL]).toBe(visible.length)
    const stored = await dbConnection.raw(
      `select shipment_id, fulfilment_method, detail_synced_at from bol_shipment where account_id = ? order by shipment_id`,
      [account.id]
    )
    expect(stored.rows.map((row: any) => row.shipment_id)).toEqual([...visible].sort())
    expect(stored.rows.every((row: any) => row.detail_synced_at)).toBe(true)
    expect(stored.rows.filter((row: any) => row.fulfilment_method === "FBB")).toHaveLength(45)
    const items = await count(`select count(*) from bol_shipment_item i join bol_shipment s on s.id = i.bol_shipment_id where s.account_id = ?`, [account.id])
    expect(items).toBeGreaterThanOrEqual(visible.length)

    sim.resetStats()
    const again = await syncAndWait(container, account.id)
    expect(again).toMatchObject({ status: "succeeded", pages: 6, records: 0 })
    expect(sim.stats.byEndpoint[SHIPMENT_DETAIL]).toBeUndefined()
    expect(await count(`select count(*) from bol_shipment where account_id = ?`, [account.id])).toBe(visible.length)
    expect(await count(`select count(*) from bol_shipment_item i join bol_shipment s on s.id = i.bol_shipment_id where s.account_id = ?`, [account.id])).toBe(items)
  })

  it("carries on when the access token expires mid-sync, fetching exactly one new token", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim)
    const { run } = await startSync(container, account.id)
    await waitUntil(async () => (await bolService(container).retrieveBolSyncRun(run.id)).records >= 40, 30_000, "40 details")
    const issuedBefore = sim.stats.tokensIssued

    sim.clock.advance(300_000) // past the token's 299 s

    const done = await waitForRun(container, run.id)
    expect(done).toMatchObject({ status: "succeeded", records: 165 })
    expect(sim.stats.tokensIssued).toBe(issuedBefore + 1)
    expect(sim.stats.byStatus["401"]).toBeGreaterThanOrEqual(1)
  })

  it.each([
    ["with Retry-After", 1],
    ["without Retry-After (backing off instead)", undefined],
  ])("reschedules after a 429 %s and completes", async (_, retryAfterSeconds) => {
    const proxy = await startBolFaultProxy(sim.url)
    try {
      const container = getContainer()
      const account = await simulatorAccount(container, sim, { apiBaseUrl: proxy.url })
      proxy.rateLimit(/^GET \/retailer\/shipments\/\d+/, 2, retryAfterSeconds)
      proxy.rateLimit(/^GET \/retailer\/shipments\?.*page=2/, 1, retryAfterSeconds)

      const run = await syncAndWait(container, account.id)

      expect(proxy.rateLimited).toBe(3)
      expect(run).toMatchObject({ status: "succeeded", pages: 6, records: 165, errors: [] })
      expect(await count(`select count(*) from bol_shipment where account_id = ? and detail_synced_at is not null`, [account.id])).toBe(165)
    } finally {
      await proxy.close()
    }
  })

  it("retries 5xx answers with HTML bodies and completes", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim)
    sim.inject({ kind: "html-error", status: 502, times: 3, match: "GET /retailer/shipments/*" })
    sim.inject({ kind: "html-error", status: 500, times: 2, match: "GET /retailer/shipments" })
    sim.inject({ kind: "unavailable", times: 1, match: "GET /retailer/shipments/*" })

    const run = await syncAndWait(container, account.id)

    expect(sim.stats.faultsInjected).toBe(6)
    expect(run).toMatchObject({ status: "succeeded", pages: 6, records: 165, errors: [] })
  })

  it("ends a run failed, with the error recorded, when bol keeps answering 5xx; the next run completes the data", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim)
    const [stuck] = sim.data.visibleShipmentIds("FBB")
    const fault = sim.inject({ kind: "html-error", status: 503, times: 10_000, match: `GET /retailer/shipments/${stuck}` })

    const failed = await syncAndWait(container, account.id)

    fault.cancel()
    expect(failed.status).toBe("failed")
    expect(failed.errors).toEqual([
      expect.objectContaining({ unit: expect.stringContaining("details shipments"), status: 503, message: expect.stringContaining("503") }),
    ])
    expect(fault.hits).toBe(5)
    const account_ = await bolService(container).retrieveAccount(account.id)
    expect(account_.last_error).toMatch(/503/)
    expect(await count(`select count(*) from bol_shipment where account_id = ? and detail_synced_at is null`, [account.id])).toBeGreaterThanOrEqual(1)

    const resumed = await syncAndWait(container, account.id)
    expect(resumed).toMatchObject({ status: "succeeded", errors: [] })
    expect(await count(`select count(*) from bol_shipment where account_id = ? and detail_synced_at is not null`, [account.id])).toBe(165)
  })

  it("resumes a sync whose worker died half-way: complete data, no duplicates, no work done twice", async () => {
    const container = getContainer()
    // The worker dies once it has stored its first batch of details: its queued and delayed units
    // vanish, and its requests in flight get nowhere (a 503 from the proxy).
    const proxy = await startBolFaultProxy(sim.url)
    const worker = controllableSyncWorker(container)
    const service = bolService(container)
    const storeDetails = service.upsertShipmentDetails
    let died!: () => void
    const dying = new Promise<void>((resolve) => (died = resolve))
    service.upsertShipmentDetails = async function (...args: Parameters<typeof storeDetails>) {
      const stored = await storeDetails.apply(this, args)
      worker.kill()
      proxy.setUnavailable(true)
      died()
      return stored
    }
    try {
      const account = await simulatorAccount(container, sim, { apiBaseUrl: proxy.url })
      const { run } = await startSync(container, account.id)
      await dying
      service.upsertShipmentDetails = storeDetails
      await worker.settled()
      proxy.setUnavailable(false)
      const dead = await service.retrieveBolSyncRun(run.id)
      worker.revive({ except: [run.id] })
      expect(dead).toMatchObject({ status: "running" })
      expect(dead.pending_units).toBeGreaterThan(0)
      const doneBefore = dead.records
      expect(doneBefore).toBeGreaterThan(0)
      expect(doneBefore).toBeLessThan(165)

      // Half an hour later, the next start finds the run without progress and marks it failed.
      await dbConnection.raw(`update bol_sync_run set updated_at = now() - interval '31 minutes' where id = ?`, [run.id])
      const detailsBefore = sim.stats.byEndpoint[SHIPMENT_DETAIL]
      const resumed = await syncAndWait(container, account.id)

      expect(await bolService(container).retrieveBolSyncRun(run.id)).toMatchObject({
        status: "failed",
        errors: [expect.objectContaining({ unit: "run", message: expect.stringMatching(/no progress/) })],
      })
      expect(resumed).toMatchObject({ status: "succeeded", records: 165 - doneBefore, errors: [] })
      expect(sim.stats.byEndpoint[SHIPMENT_DETAIL] - detailsBefore).toBe(165 - doneBefore)
      expect(await count(`select count(*) from bol_shipment where account_id = ?`, [account.id])).toBe(165)
      expect(await count(`select count(distinct shipment_id) from bol_shipment where account_id = ? and detail_synced_at is not null`, [account.id])).toBe(165)
    } finally {
      service.upsertShipmentDetails = storeDetails
      worker.restore()
      await proxy.close()
    }
  })

  it("syncs orders and returns through the same engine, by their configuration alone", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim, { resources: ["orders", "returns"] })
    const expectedOrders = new Set<string>()
    for (const method of ["FBR", "FBB"] as const) {
      for (let page = 1; ; page++) {
        const entries = sim.data.listOrders({ fulfilmentMethod: method, status: "ALL", page })
        if (entries.length === 0) break
        entries.forEach(({ order }) => expectedOrders.add(order.orderId))
      }
    }
    const expectedReturns = new Set<string>()
    for (const handled of [true, false]) {
      for (const method of ["FBR", "FBB"] as const) {
        for (let page = 1; ; page++) {
          const entries = sim.data.listReturns({ handled, fulfilmentMethod: method, page })
          if (entries.length === 0) break
          entries.forEach((entry) => expectedReturns.add(entry.returnId))
        }
      }
    }

    const [orders, returns] = await Promise.all([
      syncAndWait(container, account.id, "orders"),
      syncAndWait(container, account.id, "returns"),
    ])

    expect(orders).toMatchObject({ status: "succeeded", records: expectedOrders.size, errors: [] })
    expect(returns).toMatchObject({ status: "succeeded", records: expectedReturns.size, errors: [] })
    const stored = async (resource: string) =>
      (
        await dbConnection.raw(
          `select external_id from bol_record where account_id = ? and resource = ? and detail_synced_at is not null order by external_id`,
          [account.id, resource]
        )
      ).rows.map((row: any) => row.external_id)
    expect(await stored("orders")).toEqual([...expectedOrders].sort())
    expect(await stored("returns")).toEqual([...expectedReturns].sort())
    expect(sim.stats.byEndpoint["GET /retailer/orders/{order-id}"]).toBe(expectedOrders.size)
    expect(sim.stats.byEndpoint["GET /retailer/returns/{return-id}"]).toBe(expectedReturns.size)
  })

  it("at the end of a run, fetches the details of stubs left by an earlier run that no list shows any more", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim, { resources: ["orders"] })
    // Orders behind old shipments: bol still serves them, its order list no longer does.
    const unlisted = [...new Set(sim.data.visibleShipmentIds("FBR").slice(-3).map((id) => sim.data.getShipment(id)!.orderId))]
    await bolService(container).upsertRecords(account.id, "orders", unlisted.map((orderId) => ({ orderId })), { detail: false })

    const run = await syncAndWait(container, account.id, "orders")

    expect(run).toMatchObject({ status: "succeeded", errors: [], cursor: { leftovers_queued: unlisted.length } })
    const stored = await dbConnection.raw(
      `select external_id, status from bol_record where account_id = ? and external_id = any(?) and detail_synced_at is not null`,
      [account.id, unlisted]
    )
    expect(stored.rows.map((row: any) => row.external_id).sort()).toEqual([...unlisted].sort())
    expect(stored.rows.every((row: any) => row.status === "HANDLED")).toBe(true)
  })

  it("keeps the client secret out of every log line and stores it only encrypted", async () => {
    const container = getContainer()
    const capture = captureOutputAndEvents(container)
    const secret = sim.clients[0].clientSecret
    let account
    try {
      account = await simulatorAccount(container, sim, { resources: ["shipments", "returns"] })
      sim.inject({ kind: "html-error", status: 502, times: 1, match: "GET /retailer/shipments/*" })
      const [shipments, returns] = await Promise.all([
        syncAndWait(container, account.id, "shipments"),
        syncAndWait(container, account.id, "returns"),
      ])
      expect([shipments.status, returns.status]).toEqual(["succeeded", "succeeded"])
    } finally {
      capture.stop()
    }
    expect(capture.lines.length).toBeGreaterThan(0)
    expect(capture.lines.filter((line) => line.includes(secret))).toEqual([])
    expect(JSON.stringify(capture.events)).not.toContain(secret)

    const tables = await dbConnection.raw(`select tablename from pg_tables where schemaname = 'public'`)
    const leaks: string[] = []
    for (const { tablename } of tables.rows) {
      const hits = await dbConnection.raw(`select count(*) from "${tablename}" t where row_to_json(t)::text like ?`, [`%${secret}%`])
      if (Number(hits.rows[0].count) > 0) leaks.push(tablename)
    }
    expect(leaks).toEqual([])
    const stored = await dbConnection.raw(`select client_secret_encrypted from bol_account where id = ?`, [account.id])
    expect(stored.rows[0].client_secret_encrypted).toMatch(/^v1:/)
  })

  it("refuses unknown resources, resources the account does not sync and inactive accounts; answers the running run instead of a second one", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim)
    const refusal = (resource: string, accountId = account.id) =>
      startSync(container, accountId, resource).then(
        () => "started",
        (error) => error.message
      )
    expect(await refusal("invoices")).toMatch(/Unknown bol.com resource "invoices" \(known: shipments, orders, returns\)/)
    expect(await refusal("orders")).toMatch(/does not sync orders \(it syncs: shipments\)/)
    expect(await refusal("shipments", "bolacc_missing")).toMatch(/not found/)

    const first = await startSync(container, account.id)
    const second = await startSync(container, account.id)
    expect(first.started).toBe(true)
    expect(second).toMatchObject({ started: false, run: { id: first.run.id } })
    await waitForRun(container, first.run.id)

    await bolService(container).updateAccount(account.id, { status: "disabled" })
    expect(await refusal("shipments")).toMatch(/is disabled; only active accounts are synced/)
    expect(await count(`select count(*) from bol_sync_run where account_id = ?`, [account.id])).toBe(1)
  })

  it("stops syncing an account whose credentials bol.com refuses, saying why, until it is connected again", async () => {
    const container = getContainer()
    const account = await bolService(container).createAccount({
      shop_id: "shop_revoked",
      label: "revoked on bol.com",
      client_id: sim.clients[0].clientId,
      client_secret: "a-secret-bol-no-longer-accepts",
      api_base_url: sim.url,
      token_url: sim.tokenUrl,
    })
    const run = await syncAndWait(container, account.id)
    expect(run.status).toBe("failed")
    expect(run.errors[0].message).toMatch(/was refused \(401 /)
    const after = await bolService(container).retrieveAccount(account.id)
    expect(after).toMatchObject({ status: "invalid_credentials", last_error: expect.stringMatching(/was refused/) })
    expect(JSON.stringify(after)).not.toContain("a-secret-bol-no-longer-accepts")
    expect(sim.stats.byEndpoint[SHIPMENT_LIST] ?? 0).toBe(0)

    process.env.BAZAAR_BOL_SYNC_SCHEDULE = "*/15 * * * *"
    try {
      await bolSyncJob(container)
    } finally {
      delete process.env.BAZAAR_BOL_SYNC_SCHEDULE
    }
    expect(await count(`select count(*) from bol_sync_run where account_id = ?`, [account.id])).toBe(1)
  })

  it("the scheduled job starts a sync of every resource of every active account", async () => {
    const container = getContainer()
    const active = await simulatorAccount(container, sim, { resources: ["orders", "returns"] })
    const disabled = await simulatorAccount(container, sim, { client: 0 })
    await bolService(container).updateAccount(disabled.id, { status: "disabled" })

    process.env.BAZAAR_BOL_SYNC_SCHEDULE = "*/15 * * * *"
    try {
      await bolSyncJob(container)
    } finally {
      delete process.env.BAZAAR_BOL_SYNC_SCHEDULE
    }

    const runs = await bolService(container).listBolSyncRuns({}, { order: { resource: "ASC" } })
    expect(runs.map((run) => [run.account_id, run.resource, run.trigger])).toEqual([
      [active.id, "orders", "schedule"],
      [active.id, "returns", "schedule"],
    ])
    for (const run of runs) {
      expect(await waitForRun(container, run.id)).toMatchObject({ status: "succeeded" })
    }
    // Off under test unless a schedule is given.
    await bolSyncJob(container)
    expect(await count(`select count(*) from bol_sync_run`)).toBe(2)
  })
}
