import { readdirSync, statSync } from "fs"
import { join, relative } from "path"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { BOL_MODULE } from "../../../src/modules/bol"
import type BolModuleService from "../../../src/modules/bol/service"
import { shipmentDetail } from "../../../src/modules/bol/__tests__/fixtures"
import { adminHeaders } from "../../helpers/admin"
import {
  caller,
  createIndiaRegion,
  customerLogin,
  placeOrder,
  sellerWithShop,
  uploadProduct,
  type TestSeller,
} from "../../helpers/marketplace"

export const timeoutMs = 240 * 1000

const OWNER = { phone: "+919000000061", code: "616161" }
const INTRUDER = { phone: "+919000000062", code: "626262" }
const BUYER = { phone: "+919000000063", code: "636363" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [OWNER, INTRUDER, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
  BAZAAR_BOL_ENCRYPTION_KEY: "22".repeat(32),
}

type Ids = { shop: string; product: string; order: string; bolAccount: string; bolShipment: string }
type Probe = { method: "get" | "post" | "delete"; route: string; path: (ids: Ids) => string; body?: object | ((ids: Ids) => object) }

/** Every /seller route that takes a shop id, with a harmless valid body for writes. */
const SHOP_ROUTES: Probe[] = [
  { method: "get", route: "shops/[id]", path: (i) => `/seller/shops/${i.shop}` },
  { method: "post", route: "shops/[id]", path: (i) => `/seller/shops/${i.shop}`, body: { name: "Taken over" } },
  { method: "get", route: "shops/[id]/products", path: (i) => `/seller/shops/${i.shop}/products` },
  {
    method: "post", route: "shops/[id]/products", path: (i) => `/seller/shops/${i.shop}/products`,
    body: { name: "Planted", mrp: 1, image_url: "https://x.example/p.jpg", category: "Planted" },
  },
  { method: "get", route: "shops/[id]/products/[product_id]", path: (i) => `/seller/shops/${i.shop}/products/${i.product}` },
  { method: "post", route: "shops/[id]/products/[product_id]", path: (i) => `/seller/shops/${i.shop}/products/${i.product}`, body: { mrp: 1 } },
  { method: "delete", route: "shops/[id]/products/[product_id]", path: (i) => `/seller/shops/${i.shop}/products/${i.product}` },
  { method: "get", route: "shops/[id]/categories", path: (i) => `/seller/shops/${i.shop}/categories` },
  { method: "get", route: "shops/[id]/orders", path: (i) => `/seller/shops/${i.shop}/orders` },
  { method: "get", route: "shops/[id]/orders/[order_id]", path: (i) => `/seller/shops/${i.shop}/orders/${i.order}` },
  ...["accept", "ship", "deliver", "cancel"].map((action) => ({
    method: "post" as const,
    route: `shops/[id]/orders/[order_id]/${action}`,
    path: (i: Ids) => `/seller/shops/${i.shop}/orders/${i.order}/${action}`,
    body: {},
  })),
  ...["invoice", "invoice/pdf"].map((resource) => ({
    method: "get" as const,
    route: `shops/[id]/orders/[order_id]/${resource}`,
    path: (i: Ids) => `/seller/shops/${i.shop}/orders/${i.order}/${resource}`,
  })),
  { method: "get", route: "shops/[id]/deals", path: (i) => `/seller/shops/${i.shop}/deals` },
  {
    method: "post", route: "shops/[id]/deals", path: (i) => `/seller/shops/${i.shop}/deals`,
    body: { variant_id: "variant_planted", price: 1, total_units: 1, starts_at: "2030-01-01T00:00:00Z", ends_at: "2030-01-01T01:00:00Z" },
  },
  { method: "get", route: "shops/[id]/bol/accounts", path: (i) => `/seller/shops/${i.shop}/bol/accounts` },
  {
    method: "post", route: "shops/[id]/bol/accounts", path: (i) => `/seller/shops/${i.shop}/bol/accounts`,
    body: { label: "Planted", client_id: "planted", client_secret: "planted", token_url: "http://127.0.0.1:9/token", api_base_url: "http://127.0.0.1:9" },
  },
  { method: "get", route: "shops/[id]/bol/accounts/[account_id]", path: (i) => `/seller/shops/${i.shop}/bol/accounts/${i.bolAccount}` },
  { method: "delete", route: "shops/[id]/bol/accounts/[account_id]", path: (i) => `/seller/shops/${i.shop}/bol/accounts/${i.bolAccount}` },
  {
    method: "post", route: "shops/[id]/bol/accounts/[account_id]/sync",
    path: (i) => `/seller/shops/${i.shop}/bol/accounts/${i.bolAccount}/sync`, body: {},
  },
  { method: "get", route: "shops/[id]/bol/accounts/[account_id]/runs", path: (i) => `/seller/shops/${i.shop}/bol/accounts/${i.bolAccount}/runs` },
  { method: "get", route: "shops/[id]/bol/shipments", path: (i) => `/seller/shops/${i.shop}/bol/shipments` },
  { method: "get", route: "shops/[id]/bol/shipments/[shipment_id]", path: (i) => `/seller/shops/${i.shop}/bol/shipments/${i.bolShipment}` },
  { method: "get", route: "shops/[id]/bol/order-links", path: (i) => `/seller/shops/${i.shop}/bol/order-links` },
  {
    method: "post", route: "shops/[id]/bol/order-links", path: (i) => `/seller/shops/${i.shop}/bol/order-links`,
    body: (i) => ({ order_id: i.order, bol_order_id: "1234567890" }),
  },
]
/** Routes about the signed-in seller only: nothing foreign to ask for. */
const SELF_ROUTES = ["me", "me/email-login", "register", "shops"]

function routeFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return routeFiles(path, root)
    return name === "route.ts" ? [relative(root, dir)] : []
  })
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let owner: TestSeller
  let intruder: TestSeller
  let own: Ids

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    owner = await sellerWithShop(api, OWNER, "Owner Shop")
    intruder = await sellerWithShop(api, INTRUDER, "Intruder Shop")
    const product = await uploadProduct(api, owner, { name: "Guarded", mrp: 10 })
    const order = await placeOrder(api, owner, [{ product_id: product.id, quantity: 1 }], await customerLogin(api, BUYER.phone, BUYER.code))
    const bol = getContainer().resolve<BolModuleService>(BOL_MODULE)
    const bolAccount = await bol.createAccount({
      shop_id: owner.shop.id, label: "Owner's bol", client_id: "owner-client", client_secret: "owner-secret",
    })
    await bol.upsertShipmentDetails(bolAccount.id, [shipmentDetail("4242")])
    const [bolShipment] = await bol.listBolShipments({ account_id: bolAccount.id } as any)
    own = { shop: owner.shop.id, product: product.id, order, bolAccount: bolAccount.id, bolShipment: bolShipment.id }
  })

  async function ownerView() {
    const get = async (path: string) => (await call("get", path, undefined, owner.headers)).data
    return {
      shop: await get(`/seller/shops/${own.shop}`),
      products: await get(`/seller/shops/${own.shop}/products`),
      categories: await get(`/seller/shops/${own.shop}/categories`),
      order: await get(`/seller/shops/${own.shop}/orders/${own.order}`),
      bolAccounts: await get(`/seller/shops/${own.shop}/bol/accounts`),
      bolShipment: await get(`/seller/shops/${own.shop}/bol/shipments/${own.bolShipment}`),
    }
  }

  it("covers every /seller route", () => {
    const probed = new Set([...SHOP_ROUTES.map((p) => p.route), ...SELF_ROUTES])
    expect(routeFiles(join(__dirname, "../../../src/api/seller")).sort()).toEqual([...probed].sort())
  })

  it("answers 404 on every /seller route to a seller using another seller's ids, and changes nothing", async () => {
    const before = await ownerView()
    const mixes: [string, Ids, Probe[]][] = [
      ["all foreign", own, SHOP_ROUTES],
      [
        "own shop, foreign product and order",
        { ...own, shop: intruder.shop.id },
        // routes naming a foreign record in the path, or (order-links) in the body
        SHOP_ROUTES.filter((p) => /\[(product|order|account|shipment)_id\]/.test(p.route) || typeof p.body === "function"),
      ],
    ]
    for (const [mix, ids, probes] of mixes) {
      for (const probe of probes) {
        const body = typeof probe.body === "function" ? probe.body(ids) : probe.body
        const r = await call(probe.method, probe.path(ids), body, intruder.headers)
        expect({ mix, route: `${probe.method.toUpperCase()} ${probe.path(ids)}`, status: r.status }).toEqual({
          mix, route: `${probe.method.toUpperCase()} ${probe.path(ids)}`, status: 404,
        })
      }
    }
    expect(await ownerView()).toEqual(before)
    const theirs = await call("get", `/seller/shops/${intruder.shop.id}/products`, undefined, intruder.headers)
    expect(theirs.data.products).toEqual([])
  })

  it("refuses every write of a suspended seller with a 403 and hides their shop from buyers", async () => {
    const admin = (await adminHeaders(api, getContainer())).headers
    await call("post", `/admin/sellers/${owner.sellerId}/suspend`, undefined, admin)
    const before = await ownerView()
    for (const probe of SHOP_ROUTES.filter((p) => p.method !== "get")) {
      const body = typeof probe.body === "function" ? probe.body(own) : probe.body
      const r = await call(probe.method, probe.path(own), body, owner.headers)
      expect({ route: probe.path(own), status: r.status, message: r.data.message }).toEqual({
        route: probe.path(own), status: 403, message: "This seller account is suspended",
      })
    }
    expect(await ownerView()).toEqual(before)
    const buyer = { "x-publishable-api-key": owner.shop.publishable_key }
    expect((await call("get", `/store/shops/${owner.shop.handle}`, undefined, buyer)).status).toBe(404)
    expect((await call("post", `/store/shops/${owner.shop.handle}/carts`, {}, buyer)).status).toBe(404)
  })
}
