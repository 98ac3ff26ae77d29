import { startBolSimulator, type BolSimulator } from "../../../tools/bol-simulator"
import { BolClient } from "../../../src/modules/bol/client/client"
import { BOL_MODULE } from "../../../src/modules/bol"
import type BolModuleService from "../../../src/modules/bol/service"
import { adminHeaders } from "../../helpers/admin"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { caller, createIndiaRegion, sellerWithShop, type TestSeller } from "../../helpers/marketplace"

export const timeoutMs = 180 * 1000

const SELLER_A = { phone: "+919000000081", code: "818181" }
const SELLER_B = { phone: "+919000000082", code: "828282" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER_A, SELLER_B].map((t) => `${t.phone}:${t.code}`).join(","),
  BAZAAR_BOL_ENCRYPTION_KEY: "22".repeat(32),
}

export function suite({ api, getContainer, dbConnection }: SuiteArgs) {
  const call = caller(api)
  let sim: BolSimulator
  let a: TestSeller

  beforeAll(async () => {
    sim = await startBolSimulator({ seed: { shipments: { FBR: 6, FBB: 4 }, orders: 2, returns: 2 } })
  })
  afterAll(async () => {
    await sim.close()
  })
  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    a = await sellerWithShop(api, SELLER_A, "bol Shop")
  })

  const accounts = (seller: TestSeller, shopId = seller.shop.id) => `/seller/shops/${shopId}/bol/accounts`
  const credentials = () => ({
    label: "Main bol.com store",
    client_id: sim.clients[0].clientId,
    client_secret: sim.clients[0].clientSecret,
    api_base_url: sim.url,
    token_url: sim.tokenUrl,
  })

  it("connects an account after checking the credentials with bol.com, never answering or storing the secret in plain form", async () => {
    const tokensBefore = sim.stats.tokensIssued
    const created = await call("post", accounts(a), credentials(), a.headers)
    expect([created.status, created.data.message]).toEqual([201, undefined])
    expect(sim.stats.tokensIssued).toBe(tokensBefore + 1)
    expect(created.data.account).toMatchObject({
      id: expect.stringMatching(/^bolacc_/), shop_id: a.shop.id, label: "Main bol.com store",
      client_id: sim.clients[0].clientId, api_base_url: sim.url, status: "active", resources: ["shipments"],
    })
    const secret = sim.clients[0].clientSecret
    expect(JSON.stringify(created.data)).not.toContain(secret)
    const list = await call("get", accounts(a), undefined, a.headers)
    expect(list.data.accounts.map((x: any) => x.id)).toEqual([created.data.account.id])
    expect(JSON.stringify(list.data)).not.toContain(secret)

    const rows = await dbConnection.raw(`select row_to_json(t)::text as row from bol_account t`)
    expect(rows.rows).toHaveLength(1)
    expect(rows.rows[0].row).not.toContain(secret)
    expect(rows.rows[0].row).toContain("v1:")

    const again = await call("post", accounts(a), credentials(), a.headers)
    expect([again.status, again.data.message]).toEqual([409, expect.stringMatching(/already has a bol.com account/)])
  })

  it("refuses wrong credentials, an unreachable login server and bad input with a 400, saving nothing", async () => {
    const cases: [object, RegExp][] = [
      [{ ...credentials(), client_secret: "wrong" }, /bol.com refused these credentials/],
      [{ ...credentials(), token_url: "http://127.0.0.1:9/token" }, /Could not check the credentials with bol.com/],
      [{ ...credentials(), client_secret: undefined }, /client_secret/],
      [{ ...credentials(), resources: ["invoices"] }, /resources/],
      [{ ...credentials(), api_base_url: "ftp://x" }, /api_base_url must be an http\(s\) URL/],
    ]
    for (const [body, message] of cases) {
      const r = await call("post", accounts(a), body, a.headers)
      expect({ status: r.status, message: r.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
    }
    expect((await call("get", accounts(a), undefined, a.headers)).data.accounts).toEqual([])
  })

  it("lists the shop's synced shipments with filters and pages, and shows one in full", async () => {
    const { account } = (await call("post", accounts(a), credentials(), a.headers)).data
    // store real simulator details through the module, as the sync does
    const client = new BolClient({
      credentials: { accountId: account.id, clientId: sim.clients[0].clientId, clientSecret: sim.clients[0].clientSecret, tokenUrl: sim.tokenUrl },
      apiBaseUrl: sim.url,
      slots: "caller",
    })
    const details: any[] = []
    for (const method of ["FBR", "FBB"]) {
      const page = await client.list("shipments", { "fulfilment-method": method }, 1)
      for (const entry of page.items) details.push(await client.detail("shipments", String((entry as any).shipmentId)))
    }
    await getContainer().resolve<BolModuleService>(BOL_MODULE).upsertShipmentDetails(account.id, details)

    const base = `/seller/shops/${a.shop.id}/bol/shipments`
    const all = await call("get", base, undefined, a.headers)
    expect(all.data.count).toBe(10)
    const fbb = await call("get", `${base}?fulfilment_method=FBB`, undefined, a.headers)
    expect(fbb.data.shipments.map((s: any) => s.fulfilment_method)).toEqual(["FBB", "FBB", "FBB", "FBB"])
    const dates = all.data.shipments.map((s: any) => s.shipment_date)
    expect([...dates].sort().reverse()).toEqual(dates)
    const page2 = await call("get", `${base}?limit=3&offset=3`, undefined, a.headers)
    expect(page2.data.shipments.map((s: any) => s.id)).toEqual(all.data.shipments.slice(3, 6).map((s: any) => s.id))
    const one = all.data.shipments[0]
    const byOrder = await call("get", `${base}?order_id=${one.order_id}`, undefined, a.headers)
    expect(byOrder.data.shipments.map((s: any) => s.order_id)).toContain(one.order_id)
    expect(byOrder.data.shipments.every((s: any) => s.order_id === one.order_id)).toBe(true)
    const from = new Date(dates[2]).toISOString()
    const recent = await call("get", `${base}?shipped_from=${encodeURIComponent(from)}`, undefined, a.headers)
    expect(recent.data.count).toBe(all.data.shipments.filter((s: any) => s.shipment_date >= dates[2]).length)
    expect((await call("get", `${base}?fulfilment_method=XYZ`, undefined, a.headers)).status).toBe(400)

    const admin = (await adminHeaders(api, getContainer())).headers
    const overview = await call("get", "/admin/bol/accounts", undefined, admin)
    expect(overview.data.accounts).toEqual([
      expect.objectContaining({ id: account.id, shop: { id: a.shop.id, name: "bol Shop", handle: a.shop.handle }, latest_runs: {} }),
    ])
    expect(JSON.stringify(overview.data)).not.toContain(sim.clients[0].clientSecret)
    const operatorView = await call("get", `/admin/bol/shipments?shop_id=${a.shop.id}&fulfilment_method=FBR`, undefined, admin)
    expect(operatorView.data.count).toBe(6)
    expect((await call("get", `/admin/bol/shipments?shop_id=shop_other`, undefined, admin)).data.count).toBe(0)
    expect((await call("get", `/admin/bol/shipments/${one.id}`, undefined, admin)).data.shipment.shipment_id).toBe(one.shipment_id)
    expect((await call("get", "/admin/bol/accounts", undefined, a.headers)).status).toBe(401)

    const detail = await call("get", `${base}/${one.id}`, undefined, a.headers)
    const source = details.find((d) => String(d.shipmentId) === one.shipment_id)
    expect(detail.data.shipment).toMatchObject({
      id: one.id, shipment_id: one.shipment_id, order_id: source.order.orderId,
      detail: expect.objectContaining({ shipmentId: source.shipmentId }),
    })
    expect(detail.data.shipment.items).toHaveLength(source.shipmentItems.length)
  })

  it("starts a sync from the Seller API and the Admin API and shows its run", async () => {
    const { account } = (await call("post", accounts(a), credentials(), a.headers)).data
    const started = await call("post", `${accounts(a)}/${account.id}/sync`, { resource: "shipments" }, a.headers)
    expect([started.status, started.data.run?.resource, started.data.run?.trigger]).toEqual([202, "shipments", "manual"])
    const runs = `${accounts(a)}/${account.id}/runs`
    let run: any
    for (let i = 0; i < 120 && run?.status !== "succeeded"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      run = (await call("get", runs, undefined, a.headers)).data.runs[0]
      expect(run.status).not.toBe("failed")
    }
    expect(run).toMatchObject({ id: started.data.run.id, status: "succeeded", records: 10, errors: [] })
    expect((await call("get", `/seller/shops/${a.shop.id}/bol/shipments`, undefined, a.headers)).data.count).toBe(10)
    const unknown = await call("post", `${accounts(a)}/${account.id}/sync`, { resource: "invoices" }, a.headers)
    expect(unknown.status).toBe(400)

    const admin = (await adminHeaders(api, getContainer())).headers
    const byOperator = await call("post", `/admin/bol/accounts/${account.id}/sync`, {}, admin)
    expect([202, 200]).toContain(byOperator.status)
    expect(byOperator.data.run.resource).toBe("shipments")
    expect(sim.stats.rateLimitViolations).toBe(0)
  })

  it("answers 404 to another seller for every bol route and keeps the account", async () => {
    const { account } = (await call("post", accounts(a), credentials(), a.headers)).data
    const b = await sellerWithShop(api, SELLER_B, "Other bol Shop")
    const probes: ["get" | "delete", string][] = [
      ["get", accounts(b, a.shop.id)],
      ["get", `${accounts(b, a.shop.id)}/${account.id}`],
      ["get", `${accounts(b)}/${account.id}`],
      ["delete", `${accounts(b, a.shop.id)}/${account.id}`],
      ["delete", `${accounts(b)}/${account.id}`],
      ["get", `${accounts(b)}/${account.id}/runs`],
      ["get", `/seller/shops/${a.shop.id}/bol/shipments`],
    ]
    for (const [method, path] of probes) {
      expect({ path, status: (await call(method, path, undefined, b.headers)).status }).toEqual({ path, status: 404 })
    }
    expect((await call("get", accounts(a), undefined, a.headers)).data.accounts).toHaveLength(1)
    const removed = await call("delete", `${accounts(a)}/${account.id}`, undefined, a.headers)
    expect(removed.data).toEqual({ id: account.id, object: "bol_account", deleted: true })
    expect((await call("get", accounts(a), undefined, a.headers)).data.accounts).toEqual([])
  })
}
