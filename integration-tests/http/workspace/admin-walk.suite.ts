import type { SuiteArgs } from "../../helpers/domain-runner"
import { caller, createIndiaRegion, customerLogin, placeOrder, sellerWithShop, uploadProduct } from "../../helpers/marketplace"
import { registeredRoutes } from "../../helpers/registered-routes"
import { sellerAdminLogin } from "../../helpers/seller-admin"
import { sellerAdminAccess } from "../../../src/lib/seller-admin/admin-access"

const SELLER_A = { phone: "+919000000711", code: "711711" }
const SELLER_B = { phone: "+919000000712", code: "712712" }
const BUYER = { phone: "+919000000713", code: "713713" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER_A, SELLER_B, BUYER].map((t) => `${t.phone}:${t.code}`).join(","),
}

export const timeoutMs = 300_000

/** Expansions that would reach other records through relations, tried on every route. */
const REACHING_FIELDS = "*customer.orders,*sales_channels.products,+shop.seller.phone,*items.variant.product.shop"

export function suite({ api, getContainer, dbConnection }: SuiteArgs) {
  const call = caller(api)
  const port = () => Number(new URL(api.defaults.baseURL as string).port)

  it("walks every /admin route the app registers as seller B with seller A's ids, with and without expansions: each answer is 403, 404 or holds nothing of A's", async () => {
    await createIndiaRegion(getContainer())
    const a = await sellerWithShop(api, SELLER_A, "Asha's Chai")
    const b = await sellerWithShop(api, SELLER_B, "Bala's Biscuits")
    const productA = await uploadProduct(api, a, { name: "Masala chai", mrp: 400, sale_price: 300 })
    await uploadProduct(api, b, { name: "Butter biscuits", mrp: 120, sale_price: 100 })
    const buyer = await customerLogin(api, BUYER.phone, BUYER.code)
    const orderA = await placeOrder(api, a, [{ product_id: productA.id, quantity: 1 }], buyer)
    const { data: ordered } = await dbConnection.raw(`SELECT customer_id FROM "order" WHERE id = ?`, [orderA]).then((r: any) => ({ data: r.rows[0] }))
    await dbConnection.raw(`UPDATE otp_challenge SET created_at = created_at - interval '2 hours'`)
    const { bearer } = await sellerAdminLogin(api, SELLER_B)

    const idFor = (path: string, param: string) => {
      if (param === "variant_id") return productA.variant_id
      if (path.startsWith("/admin/orders") || path.startsWith("/admin/draft-orders")) return orderA
      if (path.startsWith("/admin/customers")) return ordered.customer_id
      if (path.startsWith("/admin/sellers")) return a.sellerId
      if (path.startsWith("/admin/sales-channels")) return a.shop.sales_channel_id ?? productA.id
      return productA.id
    }
    const markers = [a.sellerId, a.shop.id, a.shop.handle, productA.id, orderA, SELLER_A.phone, "Asha's Chai", "Masala chai", ordered.customer_id]

    const routes = registeredRoutes(port()).filter((route) => route.path.startsWith("/admin") && !/[*(]/.test(route.path))
    const classes: Record<string, "scoped" | "denied"> = {}
    const leaks: string[] = []
    let calls = 0
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, (_, param) => encodeURIComponent(idFor(route.path, param)))
      classes[`${route.method} ${route.path}`] = sellerAdminAccess(route.method, path) ? "scoped" : "denied"
      for (const url of [path, `${path}?fields=${encodeURIComponent(REACHING_FIELDS)}`]) {
        const method = route.method.toLowerCase() as "get" | "post" | "delete"
        const answer = await call(method === "get" || method === "post" || method === "delete" ? method : "get", url, method === "post" ? {} : undefined, bearer)
        calls += 1
        if (answer.status === 403 || answer.status === 404) continue
        const body = JSON.stringify(answer.data ?? "")
        const found = markers.filter((marker) => body.includes(marker))
        if (found.length) leaks.push(`${route.method} ${url} → ${answer.status} shows ${found.join(", ")}`)
      }
    }
    const counts = Object.values(classes).reduce((sum, kind) => ({ ...sum, [kind]: (sum[kind] ?? 0) + 1 }), {} as Record<string, number>)
    console.log(`seller walk: ${routes.length} admin routes, ${calls} calls as seller B; ${counts.denied ?? 0} denied, ${counts.scoped ?? 0} scoped`)
    expect(routes.length).toBeGreaterThan(200)
    expect(leaks).toEqual([])
    // a route Medusa or Bazaar adds must be classified on purpose: it changes this snapshot (update with jest -u after review)
    expect(Object.fromEntries(Object.entries(classes).sort())).toMatchSnapshot()
  })
}
