import { startBolSimulator, type BolSimulator } from "../../../tools/bol-simulator"
import bolSyncJob from "../../../src/jobs/bol-sync"
import { SYNC_ENV, SYNC_SPEED_UP, simulatorAccount, syncAndWait, waitForRun } from "../../helpers/bol-sync"
import { startBolFaultProxy } from "../../helpers/bol-fault-proxy"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { caller, createIndiaRegion, sellerWithShop } from "../../helpers/marketplace"

export const timeoutMs = 180 * 1000

const SELLER = { phone: "+919000000083", code: "838383" }

export const env: Record<string, string> = {
  ...SYNC_ENV,
  BAZAAR_OTP_TEST_NUMBERS: `${SELLER.phone}:${SELLER.code}`,
}

const SHIPMENT_LIST = "GET /retailer/shipments"
const ORDER_DETAIL = "GET /retailer/orders/{order-id}"

/**
 * bol.com's real answers, as recorded from its production and demo
 * environments, that the simulator reproduces only when asked (its defaults
 * are tidy): each test turns one behaviour on and checks that the sync's data
 * stays complete and its requests are spent only on what changed.
 */
export function suite({ api, getContainer, dbConnection }: SuiteArgs) {
  let sim: BolSimulator

  beforeEach(async () => {
    sim = await startBolSimulator({
      speedUp: SYNC_SPEED_UP,
      seed: { shipments: { FBR: 70, FBB: 30 }, orders: 40, returns: 0 },
    })
  })
  afterEach(async () => {
    expect(sim.stats.rateLimitViolations).toBe(0)
    await sim.close()
  })

  const rows = async (sql: string, params: unknown[] = []) => (await dbConnection.raw(sql, params)).rows as Record<string, any>[]

  it("does not fetch an order's detail again when bol's list and detail disagree on its status", async () => {
    // Ship a few orders completely: their details say so, while the realistic list keeps saying OPEN.
    const shipped = sim.data.openOrderItems("FBR").slice(0, 5)
    for (const item of shipped) {
      sim.data.createShipment({ orderItems: [{ orderItemId: item.orderItemId }], transport: { transporterCode: "TNT" } })
    }
    sim.data.settle()
    sim.settings.staleListStatus = true

    const container = getContainer()
    const account = await simulatorAccount(container, sim, { resources: ["orders"] })
    const first = await syncAndWait(container, account.id, "orders")
    expect(first).toMatchObject({ status: "succeeded", errors: [] })
    const handled = await rows(`select external_id from bol_record where account_id = ? and status = 'HANDLED'`, [account.id])
    expect(handled.length).toBeGreaterThan(0)

    const detailsBefore = sim.stats.byEndpoint[ORDER_DETAIL]
    const second = await syncAndWait(container, account.id, "orders")
    expect(second).toMatchObject({ status: "succeeded", errors: [] })
    expect(sim.stats.byEndpoint[ORDER_DETAIL]).toBe(detailsBefore)

    // A status that really moves on in the list is still fetched again.
    sim.settings.staleListStatus = false
    const third = await syncAndWait(container, account.id, "orders")
    expect(third).toMatchObject({ status: "succeeded", errors: [] })
    expect(sim.stats.byEndpoint[ORDER_DETAIL] - detailsBefore).toBe(handled.length)
    expect(await rows(`select 1 from bol_record where account_id = ? and detail_synced_at is null`, [account.id])).toEqual([])
  })

  it("keeps what the list said when a detail comes back thinner, and keeps the list entry itself", async () => {
    sim.settings.thinDetails = true
    const container = getContainer()
    const account = await simulatorAccount(container, sim)
    expect(await syncAndWait(container, account.id)).toMatchObject({ status: "succeeded", records: 100, errors: [] })

    const shipments = await rows(
      `select shipment_id, fulfilment_method, list_raw, raw from bol_shipment where account_id = ? order by shipment_id`,
      [account.id]
    )
    expect(shipments).toHaveLength(100)
    const methods = new Map(shipments.map((row) => [row.shipment_id, row.fulfilment_method]))
    for (const method of ["FBR", "FBB"] as const) {
      for (const id of sim.data.visibleShipmentIds(method)) {
        expect(methods.get(id)).toBe(method)
      }
    }
    for (const row of shipments) {
      expect(row.raw.shipmentItems.every((item: Record<string, unknown>) => item.fulfilment === undefined)).toBe(true)
      expect(row.list_raw).toMatchObject({ shipmentId: row.shipment_id, shipmentItems: expect.any(Array) })
      expect(row.list_raw.shipmentItems[0]).toHaveProperty("orderItemId")
    }
    const items = await rows(
      `select i.fulfilment_method, s.fulfilment_method as shipment_method from bol_shipment_item i
         join bol_shipment s on s.id = i.bol_shipment_id where s.account_id = ?`,
      [account.id]
    )
    expect(items.length).toBeGreaterThanOrEqual(100)
    expect(items.filter((item) => item.fulfilment_method !== item.shipment_method)).toEqual([])
  })

  it("retries a list page answered 200 without JSON, and records the error if it persists, never ending the walk early", async () => {
    const container = getContainer()
    const account = await simulatorAccount(container, sim)
    sim.inject({ kind: "not-json", body: "html", match: SHIPMENT_LIST, times: 1 })
    sim.inject({ kind: "not-json", body: "truncated", match: SHIPMENT_LIST, times: 1 })
    const run = await syncAndWait(container, account.id)
    expect(run).toMatchObject({ status: "succeeded", records: 100, errors: [] })

    const stuck = await simulatorAccount(container, sim)
    sim.inject({ kind: "not-json", body: "text", match: `${SHIPMENT_LIST}`, times: 1000 })
    const failed = await syncAndWait(container, stuck.id)
    sim.clearFaults()
    expect(failed.status).toBe("failed")
    expect(failed.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/answered 200 without a JSON body \(text\/plain/) })])
    )
  })

  it("turns an account bol deactivated (403) inactive with the reason, leaves it out of the schedule, and re-checks it on request", async () => {
    const call = caller(api)
    await createIndiaRegion(getContainer())
    const seller = await sellerWithShop(api, SELLER, "Inactive bol shop")
    const client = sim.clients[0]
    const created = await call("post", `/seller/shops/${seller.shop.id}/bol/accounts`, {
      label: "Deactivated at bol",
      client_id: client.clientId,
      client_secret: client.clientSecret,
      api_base_url: sim.url,
      token_url: sim.tokenUrl,
    }, seller.headers)
    expect(created.status).toBe(201)
    const accountId = created.data.account.id
    const path = `/seller/shops/${seller.shop.id}/bol/accounts/${accountId}`

    client.active = false
    const container = getContainer()
    const run = await syncAndWait(container, accountId)
    expect(run.status).toBe("failed")
    // One error per list walk (FBR, FBB), each bol's 403; no retries and no error per id.
    expect(run.errors.map((error: { status?: number }) => error.status)).toEqual([403, 403])
    const shown = await call("get", path, undefined, seller.headers)
    expect(shown.data.account).toMatchObject({ status: "inactive", last_error: expect.stringMatching(/403 \(Forbidden: Account is not active/) })

    const listsBefore = sim.stats.byEndpoint[SHIPMENT_LIST] ?? 0
    process.env.BAZAAR_BOL_SYNC_SCHEDULE = "*/15 * * * *"
    try {
      await bolSyncJob(container)
    } finally {
      delete process.env.BAZAAR_BOL_SYNC_SCHEDULE
    }
    expect(await rows(`select count(*)::int as runs from bol_sync_run where account_id = ?`, [accountId])).toEqual([{ runs: 1 }])
    expect(sim.stats.byEndpoint[SHIPMENT_LIST] ?? 0).toBe(listsBefore)

    // The seller settles it with bol and asks for a sync: a re-check.
    client.active = true
    const recheck = await call("post", `${path}/sync`, { resource: "shipments" }, seller.headers)
    expect(recheck.status).toBe(202)
    expect(await waitForRun(container, recheck.data.run.id)).toMatchObject({ account_id: accountId, status: "succeeded", records: 100 })
    expect((await call("get", path, undefined, seller.headers)).data.account).toMatchObject({ status: "active", last_error: null })
  })


  it("stores by the next run a shipment that a walk skipped when entries left the list mid-walk, and settles a detail bol no longer serves", async () => {
    const container = getContainer()
    const fbr = sim.data.visibleShipmentIds("FBR") // newest first, as bol lists them: page 1 is fbr[0..49]
    const [gone, leaving, skipped] = [fbr[0], fbr[1], fbr[50]]
    const proxy = await startBolFaultProxy(sim.url)
    proxy.onRequest((line) => {
      // Just before FBR page 2 is answered, a shipment of page 1 leaves the list: the first of page 2 moves onto page 1.
      if (/^GET \/retailer\/shipments\?/.test(line) && /fulfilment-method=FBR/.test(line) && /[?&]page=2(&|$)/.test(line)) {
        sim.data.removeShipments([leaving])
      }
      // Another one ages out after it was listed and before its detail is fetched: bol answers 404.
      if (line === `GET /retailer/shipments/${gone}`) {
        sim.data.removeShipments([gone])
      }
    })
    try {
      const account = await simulatorAccount(container, sim, { apiBaseUrl: proxy.url })
      const stored = async () =>
        new Map(
          (await rows(`select shipment_id, detail_synced_at, list_raw from bol_shipment where account_id = ?`, [account.id])).map(
            (row) => [row.shipment_id, row]
          )
        )
      const first = await syncAndWait(container, account.id)
      expect(first).toMatchObject({ status: "succeeded", errors: [] })
      const afterFirst = await stored()
      expect(afterFirst.has(skipped)).toBe(false) // the walk's documented gap
      expect(afterFirst.get(gone)).toMatchObject({ detail_synced_at: expect.any(Date), list_raw: expect.objectContaining({ shipmentId: gone }) })
      expect(afterFirst.get(leaving)).toMatchObject({ detail_synced_at: expect.any(Date) })

      const detailsBefore = sim.stats.byEndpoint["GET /retailer/shipments/{shipment-id}"]
      const second = await syncAndWait(container, account.id)
      expect(second).toMatchObject({ status: "succeeded", errors: [] })
      // Only what the first walk skipped is fetched: the gone one is not asked for again.
      expect(sim.stats.byEndpoint["GET /retailer/shipments/{shipment-id}"] - detailsBefore).toBe(
        fbr.slice(50).filter((id) => !afterFirst.has(id)).length
      )
      const afterSecond = await stored()
      expect(afterSecond.get(skipped)).toMatchObject({ detail_synced_at: expect.any(Date) })
      const listed = [...sim.data.visibleShipmentIds("FBR"), ...sim.data.visibleShipmentIds("FBB")]
      expect(listed.filter((id) => !afterSecond.get(id)?.detail_synced_at)).toEqual([])
    } finally {
      await proxy.close()
    }
  })
}
