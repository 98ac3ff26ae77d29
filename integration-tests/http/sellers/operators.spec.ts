import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { useEnv } from "../../helpers/env"
import { signUpSeller } from "../../helpers/seller"
import { adminHeaders } from "../../helpers/admin"
import { storeHeaders } from "../../helpers/store"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"

jest.setTimeout(180 * 1000)

const SELLER_A = { phone: "+919000000031", code: "111111" }
const SELLER_B = { phone: "+919000000032", code: "222222" }
const ADDRESS = { line: "1 Market St", city: "Pune", postal_code: "411001", country_code: "IN" }

useEnv({
  BAZAAR_OTP_TEST_NUMBERS: `${SELLER_A.phone}:${SELLER_A.code},${SELLER_B.phone}:${SELLER_B.code}`,
  BAZAAR_REQUIRE_SELLER_APPROVAL: "true",
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    const call = (method: "get" | "post", url: string, headers: object, body?: unknown) =>
      (method === "get" ? api.get(url, { headers }) : api.post(url, body ?? {}, { headers })).catch(
        (error) => error.response
      )

    it("with requireSellerApproval, hides a new seller's shops until an operator approves", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code, "Asha")
      const me = await call("get", "/seller/me", seller.headers)
      expect(me.data.seller.status).toBe("pending")
      await call("post", "/seller/shops", seller.headers, { name: "Waiting Room", address: ADDRESS })
      const buyer = (await storeHeaders(getContainer())).headers
      expect((await call("get", "/store/shops/waiting-room", buyer)).status).toBe(404)

      const admin = (await adminHeaders(api, getContainer())).headers
      const approved = await call("post", `/admin/sellers/${seller.sellerId}/approve`, admin)
      expect(approved.status).toBe(200)
      expect(approved.data.seller.status).toBe("active")
      expect((await call("get", "/store/shops/waiting-room", buyer)).status).toBe(200)

      const suspended = await call("post", `/admin/sellers/${seller.sellerId}/suspend`, admin)
      expect(suspended.data.seller.status).toBe("suspended")
      expect((await call("get", "/store/shops/waiting-room", buyer)).status).toBe(404)
    })

    it("lists and searches sellers with their shops, for operators only", async () => {
      const a = await signUpSeller(api, SELLER_A.phone, SELLER_A.code, "Asha Patel")
      await signUpSeller(api, SELLER_B.phone, SELLER_B.code, "Bilal Khan")
      await call("post", "/seller/shops", a.headers, { name: "Asha Sweets", address: ADDRESS })
      const admin = (await adminHeaders(api, getContainer())).headers

      const all = await call("get", "/admin/sellers", admin)
      expect(all.status).toBe(200)
      expect(all.data.count).toBe(2)
      const asha = all.data.sellers.find((s: any) => s.name === "Asha Patel")
      expect(asha).toMatchObject({ phone: SELLER_A.phone, status: "pending" })
      expect(asha.shops).toEqual([
        expect.objectContaining({ name: "Asha Sweets", handle: "asha-sweets", link: "http://localhost:8000/asha-sweets" }),
      ])

      const search = await call("get", "/admin/sellers?q=bilal", admin)
      expect(search.data.sellers.map((s: any) => s.name)).toEqual(["Bilal Khan"])
      const byPhone = await call("get", `/admin/sellers?q=${encodeURIComponent("000000031")}`, admin)
      expect(byPhone.data.sellers.map((s: any) => s.name)).toEqual(["Asha Patel"])
      const pending = await call("get", "/admin/sellers?status=pending&limit=1", admin)
      expect(pending.data.sellers).toHaveLength(1)
      expect(pending.data.count).toBe(2)

      expect((await call("get", "/admin/sellers?status=gone", admin)).status).toBe(400)
      expect((await call("get", "/admin/sellers", {})).status).toBe(401)
      expect((await call("post", `/admin/sellers/${a.sellerId}/approve`, a.headers)).status).toBe(401)
      expect((await call("post", `/admin/sellers/sel_missing/approve`, admin)).status).toBe(404)
      expect((await call("post", `/admin/sellers/${a.sellerId}/delete`, admin)).status).toBe(404)
    })

    it("names a product's shop and seller for the product page widget", async () => {
      const seller = await signUpSeller(api, SELLER_A.phone, SELLER_A.code, "Asha")
      const admin = (await adminHeaders(api, getContainer())).headers
      await call("post", `/admin/sellers/${seller.sellerId}/approve`, admin)
      const { data } = await api.post(
        "/seller/shops",
        { name: "Widget Shop", address: ADDRESS },
        { headers: seller.headers }
      )
      const upload = await api.post(
        `/seller/shops/${data.shop.id}/products`,
        { name: "Jalebi", mrp: 50, image_url: "https://images.example/j.jpg", category: "Sweets" },
        { headers: seller.headers }
      )
      const r = await call("get", `/admin/products/${upload.data.product.id}/shop`, admin)
      expect(r.data).toEqual({
        shop: { id: data.shop.id, name: "Widget Shop", handle: "widget-shop", link: "http://localhost:8000/widget-shop" },
        seller: { id: seller.sellerId, name: "Asha", status: "active" },
      })

      const missing = await call("get", "/admin/products/prod_missing/shop", admin)
      expect([missing.status, missing.data.message]).toEqual([404, "Product prod_missing was not found"])
      const [outside] = await getContainer().resolve(Modules.PRODUCT).createProducts([{ title: "Marketplace Mug" }])
      const elsewhere = await call("get", `/admin/products/${outside.id}/shop`, admin)
      expect([elsewhere.status, elsewhere.data]).toEqual([200, { shop: null, seller: null }])
    })
  },
})
