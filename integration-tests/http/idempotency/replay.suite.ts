import type { SuiteArgs } from "../../helpers/domain-runner"
import { caller, createIndiaRegion, customerLogin, SHOP_ADDRESS, sellerWithShop, type TestSeller } from "../../helpers/marketplace"
import { signUpSeller } from "../../helpers/seller"
import { rawRequest } from "../../helpers/raw-request"
import { keyHeader, newKey, sql } from "./keys"
import { twilio } from "./fake-sms"
import type IdempotencyModuleService from "../../../src/modules/idempotency/service"

export const timeoutMs = 240 * 1000

const SELLER_A = { phone: "+919000000201", code: "202201" }
const SELLER_B = { phone: "+919000000202", code: "202202" }
const BUYER_A = { phone: "+919000000203", code: "202203" }
const BUYER_B = { phone: "+919000000204", code: "202204" }
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
)

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: [SELLER_A, SELLER_B, BUYER_A, BUYER_B].map((t) => `${t.phone}:${t.code}`).join(","),
  BAZAAR_IDEMPOTENCY_REQUIRED_FOR: "/store/payment-collections",
}

const shopBody = (name: string) => ({ name, address: SHOP_ADDRESS })

function productForm(image: Buffer, name = "Jalebi") {
  const body = new FormData()
  for (const [key, value] of Object.entries({ name, mrp: "60", category: "Sweets" })) body.append(key, value)
  body.append("image", new Blob([new Uint8Array(image)], { type: "image/png" }), "jalebi.png")
  return body
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  const port = () => Number(new URL(api.defaults.baseURL as string).port)
  const shopCount = async (seller: { headers: object }) => (await call("get", "/seller/shops", undefined, seller.headers)).data.shops.length

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
  })

  it("replays a shop creation's status, body and headers with Idempotent-Replayed, and opens one shop", async () => {
    const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
    const key = newKey()
    const first = await call("post", "/seller/shops", shopBody("Key Shop"), { ...seller.headers, ...keyHeader(key) })
    expect(first.status).toBe(201)
    expect(first.headers["idempotent-replayed"]).toBeUndefined()

    // a bare token (Stripe's style) is the same key as the quoted one
    const again = await call("post", "/seller/shops", shopBody("Key Shop"), { ...seller.headers, "idempotency-key": key })
    expect(again.status).toBe(201)
    expect(again.headers["idempotent-replayed"]).toBe("true")
    expect(again.headers["content-type"]).toBe(first.headers["content-type"])
    expect(again.data).toEqual(first.data)
    expect(await shopCount(seller)).toBe(1)
  })

  it("answers 422 for the key with another body or on another route, and stores nothing for it", async () => {
    const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
    const key = newKey()
    const headers = { ...seller.headers, ...keyHeader(key) }
    const first = await call("post", "/seller/shops", shopBody("First Shop"), headers)
    expect(first.status).toBe(201)

    const otherBody = await call("post", "/seller/shops", shopBody("Second Shop"), headers)
    expect(otherBody.status).toBe(422)
    expect(otherBody.data).toMatchObject({ type: "idempotency_key_reused", code: "idempotency_key_reused" })
    expect(otherBody.data.message).toMatch(/was used with another request \(POST \/seller\/shops with other parameters\).*send a new key/)
    const otherRoute = await call("post", `/seller/shops/${first.data.shop.id}`, { name: "Renamed" }, headers)
    expect(otherRoute.status).toBe(422)
    expect(await shopCount(seller)).toBe(1)
    expect((await call("get", `/seller/shops/${first.data.shop.id}`, undefined, seller.headers)).data.shop.name).toBe("First Shop")
  })

  it("runs ten concurrent creations with one key once: the others get 409 with Retry-After, or the replay", async () => {
    const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
    const headers = { ...seller.headers, ...keyHeader(newKey()) }
    const answers = await Promise.all(Array.from({ length: 10 }, () => call("post", "/seller/shops", shopBody("Rush Shop"), headers)))

    const executed = answers.filter((a) => a.status === 201 && a.headers["idempotent-replayed"] === undefined)
    const replayed = answers.filter((a) => a.status === 201 && a.headers["idempotent-replayed"] === "true")
    const running = answers.filter((a) => a.status === 409)
    expect(executed).toHaveLength(1)
    expect(replayed.length + running.length).toBe(9)
    for (const answer of running) {
      expect(answer.data).toMatchObject({ type: "idempotency_request_in_progress", code: "idempotency_request_in_progress" })
      expect(Number(answer.headers["retry-after"])).toBeGreaterThanOrEqual(1)
    }
    for (const answer of replayed) expect(answer.data).toEqual(executed[0].data)
    expect(await shopCount(seller)).toBe(1)
    // once it finished, a retry gets the answer
    const retry = await call("post", "/seller/shops", shopBody("Rush Shop"), headers)
    expect(retry.headers["idempotent-replayed"]).toBe("true")
    expect(retry.data).toEqual(executed[0].data)
  })

  it("keeps each caller's keys apart: two sellers, two customers and two anonymous clients with one key", async () => {
    const key = keyHeader(newKey())
    const a = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
    const b = await signUpSeller(api, SELLER_B.phone, SELLER_B.code)
    const shopA = await call("post", "/seller/shops", shopBody("Same Name"), { ...a.headers, ...key })
    const shopB = await call("post", "/seller/shops", shopBody("Same Name"), { ...b.headers, ...key })
    expect([shopA.status, shopB.status]).toEqual([201, 201])
    expect(shopB.headers["idempotent-replayed"]).toBeUndefined()
    expect(shopB.data.shop.id).not.toBe(shopA.data.shop.id)

    const shop = shopA.data.shop
    const store = { "x-publishable-api-key": shop.publishable_key }
    const carts = `/store/shops/${shop.handle}/carts`
    const customerA = await customerLogin(api, BUYER_A.phone, BUYER_A.code)
    const customerB = await customerLogin(api, BUYER_B.phone, BUYER_B.code)
    const cartA = await call("post", carts, {}, { ...store, ...customerA, ...key })
    const cartB = await call("post", carts, {}, { ...store, ...customerB, ...key })
    expect([cartA.status, cartB.status]).toEqual([201, 201])
    expect(cartB.headers["idempotent-replayed"]).toBeUndefined()
    expect(cartB.data.cart.id).not.toBe(cartA.data.cart.id)
    expect((await call("post", carts, {}, { ...store, ...customerA, ...key })).data.cart.id).toBe(cartA.data.cart.id)

    // no login: the publishable key and the client (address, user agent) scope the key
    const phone = await call("post", carts, {}, { ...store, ...key, "user-agent": "phone-app/1" })
    const laptop = await call("post", carts, {}, { ...store, ...key, "user-agent": "laptop-browser/1" })
    expect(laptop.headers["idempotent-replayed"]).toBeUndefined()
    expect(laptop.data.cart.id).not.toBe(phone.data.cart.id)
  })

  it("fingerprints a multipart upload with its file: the same photo replays, another photo is 422", async () => {
    const seller = await sellerWithShop(api, SELLER_A, "Photo Shop")
    const products = `/seller/shops/${seller.shop.id}/products`
    const headers = { ...seller.headers, ...keyHeader(newKey()) }
    const first = await call("post", products, productForm(PNG), headers)
    expect(first.status).toBe(201)
    const again = await call("post", products, productForm(PNG), headers)
    expect(again.status).toBe(201)
    expect(again.headers["idempotent-replayed"]).toBe("true")
    expect(again.data).toEqual(first.data)

    const otherPhoto = await call("post", products, productForm(Buffer.concat([PNG, Buffer.from("another photo")])), headers)
    expect(otherPhoto.status).toBe(422)
    expect((await call("get", products, undefined, seller.headers)).data.products.map((p: any) => p.name)).toEqual(["Jalebi"])
  })

  it("treats a key past its TTL as new, and the purge deletes expired keys only", async () => {
    const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
    const key = newKey()
    const headers = { ...seller.headers, ...keyHeader(key) }
    await call("post", "/seller/shops", shopBody("Old Shop"), headers)
    const kept = newKey()
    await call("post", "/seller/shops", shopBody("Kept Shop"), { ...seller.headers, ...keyHeader(kept) })
    // age the first key past its TTL instead of waiting 24 hours
    await sql(getContainer(), `UPDATE idempotency_key SET expires_at = '2000-01-01T00:00:00Z' WHERE "key" = ?`, [key])

    const reused = await call("post", "/seller/shops", shopBody("New Shop"), headers)
    expect(reused.status).toBe(201)
    expect(reused.headers["idempotent-replayed"]).toBeUndefined()
    expect(await shopCount(seller)).toBe(3)

    await sql(getContainer(), `UPDATE idempotency_key SET expires_at = '2000-01-01T00:00:00Z' WHERE "key" = ?`, [key])
    const purged = await getContainer().resolve<IdempotencyModuleService>("idempotency").purgeExpired(new Date("2000-01-01T00:00:01Z"))
    expect(purged).toBe(1)
    expect((await sql(getContainer(), `SELECT "key" FROM idempotency_key`)).map((row) => row.key)).toEqual([kept])
  })

  it("does not keep a 5xx: a retry with the key runs again", async () => {
    const key = keyHeader(newKey())
    const phone = "+919876500777"
    twilio.current().failNext(503)
    const failed = await call("post", "/auth/customer/phone-otp", { phone }, key)
    expect(failed.status).toBe(500)
    expect(await sql(getContainer(), `SELECT id FROM idempotency_key`)).toEqual([])

    // the handler runs again (and meets the resend cooldown the failed send started): no replay of the 500
    const retried = await call("post", "/auth/customer/phone-otp", { phone }, key)
    expect(retried.status).toBe(429)
    expect(retried.headers["idempotent-replayed"]).toBeUndefined()
    // neither answer holds the key: it serves the next request, which succeeds and is kept
    const other = "+919876500778"
    const sent = await call("post", "/auth/customer/phone-otp", { phone: other }, key)
    expect(sent.status).toBe(200)
    const replayed = await call("post", "/auth/customer/phone-otp", { phone: other }, key)
    expect(replayed.headers["idempotent-replayed"]).toBe("true")
    expect(twilio.current().messages.filter((m) => m.to === other)).toHaveLength(1)
  })

  it("refuses a malformed key with 400 saying what was expected and what came", async () => {
    const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
    const body = JSON.stringify(shopBody("Bad Key Shop"))
    const send = (headers: Record<string, string>) =>
      rawRequest(port(), "POST", "/seller/shops", { ...seller.headers, "content-type": "application/json", ...headers }, body)
    const cases: [Record<string, string>, RegExp][] = [
      [{ "idempotency-key": "k".repeat(256) }, /got a key of 256 characters$/],
      [{ "idempotency-key": '""' }, /got an empty key$/],
      [{ "idempotency-key": '"one", "two"' }, /got several values/],
      [{ "idempotency-key": "white space" }, /got a space at position 6$/],
    ]
    for (const [headers, came] of cases) {
      const answer = await send(headers)
      expect(answer.status).toBe(400)
      const error = JSON.parse(answer.body)
      expect(error).toMatchObject({ type: "invalid_data", code: "idempotency_key_invalid" })
      expect(error.message).toMatch(/^Idempotency-Key must be one key of 1 to 255 characters, as a quoted string/)
      expect(error.message).toMatch(came)
    }
    expect(await shopCount(seller)).toBe(0)
  })

  it("answers 400 when a route under a required prefix comes without a key", async () => {
    const seller = await sellerWithShop(api, SELLER_A, "Pay Shop")
    const store = { "x-publishable-api-key": seller.shop.publishable_key }
    const cart = await call("post", `/store/shops/${seller.shop.handle}/carts`, {}, store)
    const missing = await call("post", "/store/payment-collections", { cart_id: cart.data.cart.id }, store)
    expect(missing.status).toBe(400)
    expect(missing.data).toMatchObject({ type: "invalid_data", code: "idempotency_key_missing" })
    expect(missing.data.message).toMatch(/^POST \/store\/payment-collections needs an Idempotency-Key header .*; none came$/)
    const given = await call("post", "/store/payment-collections", { cart_id: cart.data.cart.id }, { ...store, ...keyHeader(newKey()) })
    expect(given.status).toBe(200)
    // elsewhere the header stays optional
    expect((await call("post", `/store/shops/${seller.shop.handle}/carts`, {}, store)).status).toBe(201)
  })
}
