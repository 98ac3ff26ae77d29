import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { defaultShippingProfileId } from "../../../src/workflows/shops/utils/shipping-profile"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { signUpSeller } from "../../helpers/seller"
import { storeHeaders } from "../../helpers/store"
import { SELLER_MODULE } from "../../../src/modules/seller"
import type SellerModuleService from "../../../src/modules/seller/service"

export const timeoutMs = 180 * 1000

const SELLER_A = { phone: "+919000000011", code: "111111" }
const SELLER_B = { phone: "+919000000012", code: "222222" }
const ADDRESS = { line: "12 MG Road", city: "Bengaluru", postal_code: "560001", country_code: "IN" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: `${SELLER_A.phone}:${SELLER_A.code},${SELLER_B.phone}:${SELLER_B.code}`,
  BAZAAR_STOREFRONT_URL: "https://bazaar.test",
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = (method: "get" | "post", url: string, body?: unknown, headers = {}) =>
    (method === "get" ? api.get(url, { headers }) : api.post(url, body, { headers })).catch(
      (error) => error.response
    )
  const sellers = () => getContainer().resolve<SellerModuleService>(SELLER_MODULE)
  const buyer = async () => (await storeHeaders(getContainer())).headers

  describe("seller sign-up", () => {
    it("registers a phone-verified seller and lets it act as that seller", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code, "Asha")
      const me = await call("get", "/seller/me", undefined, seller.headers)
      expect(me.status).toBe(200)
      expect(me.data.seller).toMatchObject({
        id: seller.sellerId,
        phone: SELLER_A.phone,
        name: "Asha",
        status: "active",
      })
    })

    it("refuses a second registration and anonymous callers", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const again = await call("post", "/seller/register", { name: "x" }, seller.headers)
      expect(again.status).toBe(400)
      expect((await call("get", "/seller/me")).status).toBe(401)
      expect((await call("post", "/seller/shops", { name: "x", address: ADDRESS })).status).toBe(401)
    })

    it("answers 400 for a missing name", async () => {
      await api.post("/auth/seller/phone-otp", { phone: SELLER_B.phone })
      const { data } = await api.post("/auth/seller/phone-otp", SELLER_B)
      const r = await call("post", "/seller/register", {}, { authorization: `Bearer ${data.token}` })
      expect(r.status).toBe(400)
      expect(r.data.message).toMatch(/name/)
    })
  })

  describe("shops", () => {
    it("opens a shop with a slugged link, its own sales channel and publishable key", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const r = await call(
        "post",
        "/seller/shops",
        { name: "Chai & Samosa Corner", address: ADDRESS },
        seller.headers
      )
      expect(r.status).toBe(201)
      const expectedShop = {
        id: r.data.shop.id,
        name: "Chai & Samosa Corner",
        handle: "chai-samosa-corner",
        link: "https://bazaar.test/chai-samosa-corner",
        address: { ...ADDRESS, country_code: "in", phone: null },
      }
      expect(r.data.shop).toMatchObject(expectedShop)
      expect(r.data.shop.publishable_key).toMatch(/^pk_/)

      const store = await call("get", "/store/shops/chai-samosa-corner", undefined, await buyer())
      expect(store.status).toBe(200)
      expect(store.data).toEqual({
        shop: { ...expectedShop, publishable_key: r.data.shop.publishable_key },
        redirect: null,
      })

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "shop",
        fields: ["sales_channel.id", "api_key.token"],
        filters: { id: r.data.shop.id },
      })
      expect(data[0].sales_channel!.id).toMatch(/^sc_/)
      expect(data[0].api_key!.token).toBe(r.data.shop.publishable_key)
    })

    it("lists only the seller's own shops", async () => {
      const a = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const b = await signUpSeller(api, SELLER_B.phone, SELLER_B.code)
      await call("post", "/seller/shops", { name: "A one", address: ADDRESS }, a.headers)
      await call("post", "/seller/shops", { name: "A two", address: ADDRESS }, a.headers)
      await call("post", "/seller/shops", { name: "B one", address: ADDRESS }, b.headers)
      const listA = await call("get", "/seller/shops", undefined, a.headers)
      expect(listA.data.shops.map((s: { name: string }) => s.name)).toEqual(["A one", "A two"])
      const listB = await call("get", "/seller/shops", undefined, b.headers)
      expect(listB.data.shops.map((s: { name: string }) => s.name)).toEqual(["B one"])
    })

    it("creates the store's default shipping profile once when many shops need it at the same moment", async () => {
      // the race behind a 400 ("Shipping profile with name … already exists") among 20 concurrent shops
      const container = getContainer()
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      const existing = await fulfillment.listShippingProfiles({ type: "default" })
      if (existing.length) await fulfillment.deleteShippingProfiles(existing.map((profile) => profile.id))
      const ids = await Promise.all(Array.from({ length: 10 }, () => defaultShippingProfileId(container)))
      expect(new Set(ids).size).toBe(1)
      expect((await fulfillment.listShippingProfiles({ type: "default" })).map((profile) => profile.id)).toEqual([ids[0]])
    })

    it("gives 20 shops created at once with the same name 20 distinct handles", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          call("post", "/seller/shops", { name: "Fresh Fruits", address: ADDRESS }, seller.headers)
        )
      )
      expect(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${r.data.message}`)).toEqual([])
      const handles = results.map((r) => r.data.shop.handle)
      expect(new Set(handles).size).toBe(20)
      expect([...handles].sort()).toEqual(
        ["fresh-fruits", ...Array.from({ length: 19 }, (_, i) => `fresh-fruits-${i + 2}`)].sort()
      )
    })

    it("answers 400 for bad shop input and reserved names, writing nothing", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const missing = await call("post", "/seller/shops", { name: "No address" }, seller.headers)
      expect(missing.status).toBe(400)
      const badCountry = await call(
        "post",
        "/seller/shops",
        { name: "X", address: { ...ADDRESS, country_code: "India" } },
        seller.headers
      )
      expect(badCountry.status).toBe(400)
      expect(badCountry.data.message).toMatch(/country_code must be a two-letter ISO code/)
      const reserved = await call("post", "/seller/shops", { name: "Admin", address: ADDRESS }, seller.headers)
      expect(reserved.status).toBe(400)
      expect(reserved.data.message).toMatch(/"admin" is a reserved word/)
      expect(await sellers().listShops({})).toHaveLength(0)
    })

    it("answers 404 for an unknown handle", async () => {
      const r = await call("get", "/store/shops/no-such-shop", undefined, await buyer())
      expect(r.status).toBe(404)
      expect(r.data.message).toBe('No shop at "no-such-shop"')
    })

    it("hides a suspended seller's shops and refuses its writes", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      await call("post", "/seller/shops", { name: "Soon Hidden", address: ADDRESS }, seller.headers)
      await sellers().updateSellers({ id: seller.sellerId, status: "suspended" })
      const store = await call("get", "/store/shops/soon-hidden", undefined, await buyer())
      expect(store.status).toBe(404)
      const write = await call("post", "/seller/shops", { name: "Another", address: ADDRESS }, seller.headers)
      expect(write.status).toBe(403)
      expect(write.data.message).toBe("This seller account is suspended")
      expect((await call("get", "/seller/shops", undefined, seller.headers)).status).toBe(200)
    })

    it("hides the shops of a seller waiting for approval", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      await call("post", "/seller/shops", { name: "Pending Place", address: ADDRESS }, seller.headers)
      await sellers().updateSellers({ id: seller.sellerId, status: "pending" })
      expect((await call("get", "/store/shops/pending-place", undefined, await buyer())).status).toBe(404)
      await sellers().updateSellers({ id: seller.sellerId, status: "active" })
      expect((await call("get", "/store/shops/pending-place", undefined, await buyer())).status).toBe(200)
    })
  })

  describe("renaming a shop", () => {
    it("keeps the handle on rename, moves it on request, and old links redirect", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const created = await call("post", "/seller/shops", { name: "Old Name", address: ADDRESS }, seller.headers)
      const id = created.data.shop.id

      const renamed = await call("post", `/seller/shops/${id}`, { name: "New Name" }, seller.headers)
      expect(renamed.status).toBe(200)
      expect(renamed.data.shop).toMatchObject({ name: "New Name", handle: "old-name" })

      const moved = await call("post", `/seller/shops/${id}`, { new_handle: true }, seller.headers)
      expect(moved.data.shop).toMatchObject({ handle: "new-name", link: "https://bazaar.test/new-name" })

      const old = await call("get", "/store/shops/old-name", undefined, await buyer())
      expect(old.status).toBe(200)
      expect(old.data.shop.handle).toBe("new-name")
      expect(old.data.redirect).toEqual({ handle: "new-name", link: "https://bazaar.test/new-name" })

      // nobody else can take the old handle
      const other = await call("post", "/seller/shops", { name: "Old Name", address: ADDRESS }, seller.headers)
      expect(other.data.shop.handle).toBe("old-name-2")

      // and the name leading back to it gives the shop its old handle again
      const back = await call("post", `/seller/shops/${id}`, { name: "Old Name", new_handle: true }, seller.headers)
      expect(back.data.shop.handle).toBe("old-name")
    })

    it("answers 404 for another seller's shop and changes nothing", async () => {
      const a = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const b = await signUpSeller(api, SELLER_B.phone, SELLER_B.code)
      const shopA = (await call("post", "/seller/shops", { name: "Mine", address: ADDRESS }, a.headers)).data.shop
      expect((await call("get", `/seller/shops/${shopA.id}`, undefined, b.headers)).status).toBe(404)
      const write = await call("post", `/seller/shops/${shopA.id}`, { name: "Stolen", new_handle: true }, b.headers)
      expect(write.status).toBe(404)
      const after = await sellers().retrieveShop(shopA.id)
      expect(after).toMatchObject({ name: "Mine", handle: "mine" })
    })

    it("answers 400 for an unknown field or an empty name", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code)
      const shop = (await call("post", "/seller/shops", { name: "Corner Shop", address: ADDRESS }, seller.headers)).data.shop
      expect((await call("post", `/seller/shops/${shop.id}`, { handle: "x" }, seller.headers)).status).toBe(400)
      expect((await call("post", `/seller/shops/${shop.id}`, { name: "" }, seller.headers)).status).toBe(400)
    })
  })
}
