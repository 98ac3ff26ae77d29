import type { SuiteArgs } from "../../helpers/domain-runner"
import { adminHeaders } from "../../helpers/admin"
import { caller, createIndiaRegion, customerLogin, placeOrder, sellerWithShop, uploadProduct } from "../../helpers/marketplace"
import { sellerAdminLogin } from "../../helpers/seller-admin"

const SELLER_A = { phone: "+919000000701", code: "701701" }
const SELLER_B = { phone: "+919000000702", code: "702702" }
const BUYER = { phone: "+919000000703", code: "703703" }
const STRANGER = { phone: "+919000000704", code: "704704" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER_A, SELLER_B, BUYER, STRANGER].map((t) => `${t.phone}:${t.code}`).join(","),
}

export function suite({ api, getContainer, dbConnection }: SuiteArgs) {
  const call = caller(api)
  // Time passes: earlier codes of these numbers (the seller sign-up's) leave the resend cooldown and hourly window.
  const ageCodes = () => dbConnection.raw(`UPDATE otp_challenge SET created_at = created_at - interval '2 hours'`)
  const signIn = async (who: { phone: string; code: string }) => {
    await ageCodes()
    return sellerAdminLogin(api, who)
  }

  async function twoShopsWithProducts() {
    await createIndiaRegion(getContainer())
    const a = await sellerWithShop(api, SELLER_A, "Asha's Chai")
    const b = await sellerWithShop(api, SELLER_B, "Bala's Biscuits")
    const productA = await uploadProduct(api, a, { name: "Masala chai", mrp: 400, sale_price: 300 })
    const productB = await uploadProduct(api, b, { name: "Butter biscuits", mrp: 120, sale_price: 100 })
    return { a, b, productA, productB }
  }

  async function twoShops() {
    const { a, b, productA, productB } = await twoShopsWithProducts()
    const buyer = await customerLogin(api, BUYER.phone, BUYER.code)
    const orderA = await placeOrder(api, a, [{ product_id: productA.id, quantity: 1 }], buyer)
    const orderB = await placeOrder(api, b, [{ product_id: productB.id, quantity: 2 }], buyer)
    return { a, b, productA, productB, orderA, orderB }
  }

  it("signs a seller in to the admin with the phone: their own admin user, a session, their workspace and their Seller API", async () => {
    const { a } = await twoShops()
    const { bearer, session } = await signIn(SELLER_A)

    const me = await call("get", "/admin/users/me", undefined, session)
    expect(me.status).toBe(200)
    expect(me.data.user.email).toBe(`${a.sellerId.toLowerCase()}@sellers.bazaar.invalid`)
    const who = await call("get", "/admin/bazaar/workspace", undefined, bearer)
    expect(who.data.workspace).toEqual({ role: "seller", seller: expect.objectContaining({ id: a.sellerId, phone: SELLER_A.phone }), read_only: false })
    // the same session reaches the Seller API as that seller
    const shops = await call("get", "/seller/shops", undefined, session)
    expect(shops.status).toBe(200)
    expect(shops.data.shops.map((shop: { id: string }) => shop.id)).toEqual([a.shop.id])
    const renamed = await call("post", `/seller/shops/${a.shop.id}`, { name: "Asha's Chai House", new_handle: true }, session)
    expect(renamed.status).toBe(200)
    const shop = (await call("get", `/seller/shops/${a.shop.id}`, undefined, session)).data.shop
    expect([shop.handle, shop.former_handles]).toEqual([renamed.data.shop.handle, [a.shop.handle]])

    // a second sign-in finds the same user
    const again = await signIn(SELLER_A)
    expect((await call("get", "/admin/users/me", undefined, again.session)).data.user.id).toBe(me.data.user.id)
  })

  it("refuses the phone sign-in to a number without a seller account, saying why", async () => {
    await api.post("/auth/user/phone-otp", { phone: STRANGER.phone })
    const refused = await call("post", "/auth/user/phone-otp", STRANGER)
    expect(refused.status).toBe(401)
    expect(refused.data.message).toMatch(/no seller account/)
    expect(refused.data.token).toBeUndefined()
  })

  it("narrows Medusa's own product and order lists and records to the seller's shops; the operator keeps everything", async () => {
    const { a, productA, productB, orderA, orderB } = await twoShops()
    const { bearer } = await signIn(SELLER_A)
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort()

    expect(ids((await call("get", "/admin/products", undefined, bearer)).data.products)).toEqual([productA.id])
    expect(ids((await call("get", "/admin/orders", undefined, bearer)).data.orders)).toEqual([orderA])
    // asking for the other shop's channel narrows to nothing, never widens
    const operator = (await adminHeaders(api, getContainer())).headers
    const channelB = (await call("get", `/admin/orders/${orderB}?fields=sales_channel_id`, undefined, operator)).data.order.sales_channel_id
    expect(channelB).toEqual(expect.any(String))
    expect((await call("get", `/admin/products?sales_channel_id[]=${channelB}`, undefined, bearer)).data.products).toEqual([])
    expect((await call("get", `/admin/orders?sales_channel_id[]=${channelB}`, undefined, bearer)).data.orders).toEqual([])
    expect((await call("get", `/admin/products/${productA.id}`, undefined, bearer)).status).toBe(200)
    expect((await call("get", `/admin/products/${productB.id}`, undefined, bearer)).status).toBe(404)
    expect((await call("get", `/admin/orders/${orderB}`, undefined, bearer)).status).toBe(404)
    expect((await call("post", `/admin/products/${productB.id}`, { title: "Mine now" }, bearer)).status).toBe(404)

    const edited = await call("post", `/admin/products/${productA.id}`, { title: "Masala chai, 250 g" }, bearer)
    expect([edited.status, edited.data.product?.title]).toEqual([200, "Masala chai, 250 g"])
    const moved = await call("post", `/admin/products/${productA.id}`, { sales_channels: [{ id: channelB }] }, bearer)
    expect(moved.status).toBe(403)
    expect(moved.data.message).toMatch(/got sales_channels/)
    const reaching = await call("get", `/admin/orders/${orderA}?fields=*customer.orders`, undefined, bearer)
    expect(reaching.status).toBe(403)
    expect(reaching.data.message).toMatch(/got fields \*customer\.orders/)

    // a suspended seller reads their records in the admin but changes none, as on the Seller API
    expect((await call("post", `/admin/sellers/${a.sellerId}/suspend`, {}, operator)).status).toBe(200)
    expect((await call("get", `/admin/products/${productA.id}`, undefined, bearer)).status).toBe(200)
    const frozen = await call("post", `/admin/products/${productA.id}`, { title: "Changed while suspended" }, bearer)
    expect([frozen.status, frozen.data.message]).toEqual([403, "This seller account is suspended"])
    expect((await call("post", `/admin/sellers/${a.sellerId}/approve`, {}, operator)).status).toBe(200)

    const denied = await call("get", "/admin/customers", undefined, bearer)
    expect(denied.status).toBe(403)
    expect(denied.data).toEqual({ type: "forbidden", message: expect.stringMatching(/^Sellers may not use GET \/admin\/customers/) })

    expect(ids((await call("get", "/admin/products", undefined, operator)).data.products)).toEqual([productA.id, productB.id].sort())
    expect(ids((await call("get", "/admin/orders", undefined, operator)).data.orders)).toEqual([orderA, orderB].sort())
    expect((await call("get", "/admin/bazaar/workspace", undefined, operator)).data.workspace).toEqual({ role: "operator", seller: null, read_only: false })
    expect((await call("get", "/seller/shops", undefined, operator)).status).toBe(403)
  })

  it("lets an operator open a seller's workspace read-only through a recorded visit, and keeps the record", async () => {
    const { a } = await twoShops()
    const operator = (await adminHeaders(api, getContainer())).headers
    const visit = await call("post", `/admin/sellers/${a.sellerId}/workspace-visits`, {}, operator)
    expect(visit.status).toBe(201)
    const visiting = { ...operator, "x-bazaar-workspace-visit": visit.data.workspace_visit.id }

    expect((await call("get", "/admin/bazaar/workspace", undefined, visiting)).data.workspace).toEqual({
      role: "operator",
      seller: expect.objectContaining({ id: a.sellerId }),
      read_only: true,
    })
    const shops = await call("get", "/seller/shops", undefined, visiting)
    expect(shops.data.shops.map((shop: { id: string }) => shop.id)).toEqual([a.shop.id])
    const write = await call("post", `/seller/shops/${a.shop.id}`, { name: "Renamed by an operator" }, visiting)
    expect([write.status, write.data.message]).toEqual([403, "An operator's visit to a seller's workspace is read-only"])
    expect((await call("get", `/seller/shops/${a.shop.id}`, undefined, a.headers)).data.shop.name).toBe("Asha's Chai")

    const recorded = await call("get", `/admin/sellers/${a.sellerId}/workspace-visits`, undefined, operator)
    const { data: me } = await call("get", "/admin/users/me", undefined, operator)
    expect(recorded.data.workspace_visits).toEqual([expect.objectContaining({ id: visit.data.workspace_visit.id, operator_id: me.user.id })])

    // another operator cannot ride on this visit; a seller cannot record one
    const other = (await adminHeaders(api, getContainer(), "other-operator@bazaar.test")).headers
    const borrowed = await call("get", "/seller/shops", undefined, { ...other, "x-bazaar-workspace-visit": visit.data.workspace_visit.id })
    expect(borrowed.status).toBe(403)
    const { bearer } = await signIn(SELLER_B)
    expect((await call("post", `/admin/sellers/${a.sellerId}/workspace-visits`, {}, bearer)).status).toBe(403)
  })
  it("lets a seller set an email and password for the admin, change the password and the address, and never take an operator's address", async () => {
    const { a, productA, productB } = await twoShopsWithProducts()
    const emailLogin = (email: string, password: string) =>
      api.post("/auth/user/emailpass", { email, password }).then(
        (r) => ({ status: r.status, token: r.data.token as string }),
        (e) => ({ status: e.response.status as number, token: "" })
      )
    expect((await call("get", "/seller/me/email-login", undefined, a.headers)).data).toEqual({ email_login: { email: null } })

    const set = await call("post", "/seller/me/email-login", { email: " Asha@Example.com ", password: "chai-and-samosa" }, a.headers)
    expect([set.status, set.data]).toEqual([200, { email_login: { email: "asha@example.com" } }])
    expect(JSON.stringify(set.data)).not.toContain("chai-and-samosa")
    const signedIn = await emailLogin("asha@example.com", "chai-and-samosa")
    expect(signedIn.status).toBe(200)
    const bearer = { authorization: `Bearer ${signedIn.token}` }
    // the same seller's workspace and the same narrowed Medusa admin as with the phone
    expect((await call("get", "/admin/bazaar/workspace", undefined, bearer)).data.workspace).toEqual(
      expect.objectContaining({ role: "seller", seller: expect.objectContaining({ id: a.sellerId }) })
    )
    const products = (await call("get", "/admin/products?fields=id", undefined, bearer)).data.products.map((p: { id: string }) => p.id)
    expect(products).toEqual([productA.id])
    expect((await call("get", `/admin/products/${productB.id}`, undefined, bearer)).status).toBe(404)
    expect((await call("get", "/admin/users", undefined, bearer)).status).toBe(403)

    // the same address again changes the password; a new address replaces the old one
    const phone = await signIn(SELLER_A)
    expect((await call("post", "/seller/me/email-login", { email: "asha@example.com", password: "new-secret-2" }, phone.session)).status).toBe(200)
    expect((await emailLogin("asha@example.com", "chai-and-samosa")).status).toBe(401)
    expect((await emailLogin("asha@example.com", "new-secret-2")).status).toBe(200)
    expect((await call("post", "/seller/me/email-login", { email: "asha@chai.example", password: "new-secret-3" }, a.headers)).status).toBe(200)
    expect((await emailLogin("asha@example.com", "new-secret-2")).status).toBe(401)
    expect((await emailLogin("asha@chai.example", "new-secret-3")).status).toBe(200)
    expect((await call("get", "/seller/me/email-login", undefined, a.headers)).data).toEqual({ email_login: { email: "asha@chai.example" } })

    // an operator's address: 409, and the seller's sign-in is unchanged
    await adminHeaders(api, getContainer(), "boss@bazaar.test")
    const taken = await call("post", "/seller/me/email-login", { email: "boss@bazaar.test", password: "takeover-attempt" }, a.headers)
    expect([taken.status, taken.data.message]).toEqual([409, "The email boss@bazaar.test already signs someone in; choose another address"])
    expect((await emailLogin("asha@chai.example", "new-secret-3")).status).toBe(200)

    // bad input says what was expected, never echoing the password
    const short = await call("post", "/seller/me/email-login", { email: "asha@chai.example", password: "short" }, a.headers)
    expect(short.status).toBe(400)
    expect(short.data.message).toBe("Invalid request body: password must have at least 8 characters, got a string of 5 characters")
    expect((await call("post", "/seller/me/email-login", { email: "not an address", password: "long-enough" }, a.headers)).status).toBe(400)
    // an operator visiting the workspace cannot set it
    const operator = (await adminHeaders(api, getContainer())).headers
    const visit = await call("post", `/admin/sellers/${a.sellerId}/workspace-visits`, {}, operator)
    const visiting = { ...operator, "x-bazaar-workspace-visit": visit.data.workspace_visit.id }
    expect((await call("post", "/seller/me/email-login", { email: "visitor@example.com", password: "long-enough" }, visiting)).status).toBe(403)
  })
}
