import { Modules } from "@medusajs/framework/utils"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { signUpSeller } from "../../helpers/seller"
import { storeHeaders } from "../../helpers/store"

export const timeoutMs = 180 * 1000

const SELLER_A = { phone: "+919000000021", code: "111111" }
const SELLER_B = { phone: "+919000000022", code: "222222" }
const ADDRESS = { line: "1 Market St", city: "Pune", postal_code: "411001", country_code: "IN" }
const IMAGE = "https://images.example/samosa.jpg"

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: `${SELLER_A.phone}:${SELLER_A.code},${SELLER_B.phone}:${SELLER_B.code}`,
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = (method: "get" | "post", url: string, body?: unknown, headers = {}) =>
    (method === "get" ? api.get(url, { headers }) : api.post(url, body, { headers })).catch(
      (error) => error.response
    )

  async function sellerWithShop(who: typeof SELLER_A, shopName: string) {
    const seller = await signUpSeller(api, who.phone, who.code)
    const created = await call("post", "/seller/shops", { name: shopName, address: ADDRESS }, seller.headers)
    expect([created.status, created.data.message]).toEqual([201, undefined])
    return { ...seller, shop: created.data.shop }
  }

  let regionId = ""
  beforeEach(async () => {
    const [region] = await getContainer()
      .resolve(Modules.REGION)
      .createRegions([{ name: "India", currency_code: "inr", countries: ["in"] }])
    regionId = region.id
  })

  const upload = (shopId: string, headers: object, body: object) =>
    call("post", `/seller/shops/${shopId}/products`, body, headers)

  it("uploads products into shop categories and serves the catalog by category size", async () => {
    const a = await sellerWithShop(SELLER_A, "Pune Snacks")
    const samosa = await upload(a.shop.id, a.headers, {
      name: "Samosa", description: "Crisp, spiced potato", mrp: 40, sale_price: 30, image_url: IMAGE, category: "Snacks",
    })
    expect(samosa.status).toBe(201)
    expect(samosa.data.product).toEqual({
      id: expect.stringMatching(/^prod_/),
      variant_id: expect.stringMatching(/^variant_/),
      name: "Samosa",
      description: "Crisp, spiced potato",
      image_url: IMAGE,
      category: "Snacks",
      mrp: 40,
      sale_price: 30,
      currency_code: "inr",
    })
    await upload(a.shop.id, a.headers, { name: "Kachori", mrp: 25, image_url: IMAGE, category: "snacks" })
    await upload(a.shop.id, a.headers, { name: "Chai", mrp: 20, sale_price: 15, image_url: IMAGE, category: "Drinks" })
    await upload(a.shop.id, a.headers, { name: "Amul Kool", mrp: 30, image_url: IMAGE, category: "Cold Drinks" })

    const catalog = await call("get", `/store/shops/${a.shop.handle}/catalog`, undefined, (await storeHeaders(getContainer())).headers)
    expect(catalog.status).toBe(200)
    expect(catalog.data.categories.map((c: any) => [c.name, c.products.length])).toEqual([
      ["Snacks", 2],
      ["Cold Drinks", 1],
      ["Drinks", 1],
    ])
    const snacks = catalog.data.categories[0].products
    expect(snacks.find((p: any) => p.title === "Samosa")).toMatchObject({
      description: "Crisp, spiced potato", image_url: IMAGE, mrp: 40, sale_price: 30, currency_code: "inr",
    })
    expect(snacks.find((p: any) => p.title === "Kachori")).toMatchObject({ mrp: 25, sale_price: null })

    // Medusa's own store route shows MRP and sale price through the shop's key
    const products = await api.get(
      `/store/products?region_id=${regionId}&fields=title,*variants.calculated_price`,
      { headers: { "x-publishable-api-key": a.shop.publishable_key } }
    )
    const chai = products.data.products.find((p: any) => p.title === "Chai")
    expect(chai.variants[0].calculated_price).toMatchObject({ original_amount: 20, calculated_amount: 15 })
    expect(products.data.products).toHaveLength(4)
  })

  it("keeps shops apart: categories, catalogs and the products a shop key shows", async () => {
    const a = await sellerWithShop(SELLER_A, "Shop Alpha")
    const b = await sellerWithShop(SELLER_B, "Shop Beta")
    await upload(a.shop.id, a.headers, { name: "Alpha tea", mrp: 10, image_url: IMAGE, category: "Tea" })
    await upload(b.shop.id, b.headers, { name: "Beta tea", mrp: 12, image_url: IMAGE, category: "Tea" })
    const buyer = (await storeHeaders(getContainer())).headers
    const catalogA = await call("get", `/store/shops/${a.shop.handle}/catalog`, undefined, buyer)
    const catalogB = await call("get", `/store/shops/${b.shop.handle}/catalog`, undefined, buyer)
    expect(catalogA.data.categories[0].products.map((p: any) => p.title)).toEqual(["Alpha tea"])
    expect(catalogB.data.categories[0].products.map((p: any) => p.title)).toEqual(["Beta tea"])
    expect(catalogA.data.categories[0].id).not.toBe(catalogB.data.categories[0].id)
    const viaKeyA = await api.get("/store/products", { headers: { "x-publishable-api-key": a.shop.publishable_key } })
    expect(viaKeyA.data.products.map((p: any) => p.title)).toEqual(["Alpha tea"])
  })

  it("takes concurrent uploads with sale prices and new categories", async () => {
    const a = await sellerWithShop(SELLER_A, "Busy Shop")
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        upload(a.shop.id, a.headers, {
          name: `Item ${i}`, mrp: 100, sale_price: 80, image_url: IMAGE, category: `Aisle ${i % 2}`,
        })
      )
    )
    expect(results.map((r) => [r.status, r.data?.message])).toEqual(Array(8).fill([201, undefined]))
    const catalog = await call("get", `/store/shops/${a.shop.handle}/catalog`, undefined, (await storeHeaders(getContainer())).headers)
    expect(catalog.data.categories.map((c: any) => [c.name, c.products.length])).toEqual([["Aisle 0", 4], ["Aisle 1", 4]])
    expect(catalog.data.categories.flatMap((c: any) => c.products.map((p: any) => p.sale_price))).toEqual(Array(8).fill(80))
  })

  it("lets every shop sell a product of the same name, also uploaded at the same moment", async () => {
    const a = await sellerWithShop(SELLER_A, "Chai Point")
    const secondShop = await call("post", "/seller/shops", { name: "Chai Point Express", address: ADDRESS }, a.headers)
    const a2 = { ...a, shop: secondShop.data.shop }
    const b = await sellerWithShop(SELLER_B, "Tea Stall")
    // two of one seller's shops, and five times in another seller's shop (each in its own category, so that
    // the category lock does not line them up), all at once
    const uploads = await Promise.all(
      [a, a2, b, b, b, b, b].map((s, i) =>
        upload(s.shop.id, s.headers, { name: "Masala Chai", mrp: 30, image_url: IMAGE, category: `Tea ${i}` })
      )
    )
    expect(uploads.map((r) => [r.status, r.data.message])).toEqual(Array(7).fill([201, undefined]))

    const buyer = (await storeHeaders(getContainer())).headers
    for (const [s, count] of [[a, 1], [a2, 1], [b, 5]] as const) {
      const catalog = await call("get", `/store/shops/${s.shop.handle}/catalog`, undefined, buyer)
      expect(catalog.data.categories.flatMap((c: any) => c.products.map((p: any) => p.title))).toEqual(Array(count).fill("Masala Chai"))
      const mine = await call("get", `/seller/shops/${s.shop.id}/products`, undefined, s.headers)
      expect(mine.data.products.map((p: any) => p.name)).toEqual(Array(count).fill("Masala Chai"))
    }

    // handles: the shop's handle, then the name; the same name again in a shop takes the next free number
    const ids = uploads.map((r) => r.data.product.id)
    const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ id: ids }, { select: ["id", "handle"] })
    const handleOf = (id: string) => products.find((p) => p.id === id)?.handle
    expect(ids.slice(0, 2).map(handleOf)).toEqual([`${a.shop.handle}-masala-chai`, `${a2.shop.handle}-masala-chai`])
    expect(ids.slice(2).map(handleOf).sort()).toEqual(
      ["", "-2", "-3", "-4", "-5"].map((suffix) => `${b.shop.handle}-masala-chai${suffix}`)
    )

    // Medusa's own store route finds it by handle through the shop's key
    const byHandle = await api.get(`/store/products?handle=${a2.shop.handle}-masala-chai`, {
      headers: { "x-publishable-api-key": a2.shop.publishable_key },
    })
    expect(byHandle.data.products.map((p: any) => [p.id, p.title])).toEqual([[ids[1], "Masala Chai"]])

    // a renamed product keeps its handle, so links to it keep working
    const renamed = await call("post", `/seller/shops/${a.shop.id}/products/${ids[0]}`, { name: "Kadak Chai" }, a.headers)
    expect(renamed.data.product.name).toBe("Kadak Chai")
    const [after] = await getContainer().resolve(Modules.PRODUCT).listProducts({ id: ids[0] }, { select: ["handle"] })
    expect(after.handle).toBe(`${a.shop.handle}-masala-chai`)
  })

  it("says the same MRP and sale price to the seller and in the catalog: sale_price null without a sale", async () => {
    const a = await sellerWithShop(SELLER_A, "Price Check")
    await upload(a.shop.id, a.headers, { name: "Poha", mrp: 40, sale_price: 32, image_url: IMAGE, category: "Breakfast" })
    await upload(a.shop.id, a.headers, { name: "Upma", mrp: 35, image_url: IMAGE, category: "Breakfast" })
    const seller = await call("get", `/seller/shops/${a.shop.id}/products`, undefined, a.headers)
    const catalog = await call("get", `/store/shops/${a.shop.handle}/catalog`, undefined, (await storeHeaders(getContainer())).headers)
    const prices = (products: any[], name: string) =>
      products.filter((p) => (p.name ?? p.title) === name).map((p) => ({ mrp: p.mrp, sale_price: p.sale_price }))
    const inCatalog = catalog.data.categories.flatMap((c: any) => c.products)
    for (const [name, expected] of [["Poha", { mrp: 40, sale_price: 32 }], ["Upma", { mrp: 35, sale_price: null }]] as const) {
      expect(prices(seller.data.products, name)).toEqual([expected])
      expect(prices(inCatalog, name)).toEqual([expected])
    }
  })

  it("answers 404 for another seller's shop and writes nothing", async () => {
    const a = await sellerWithShop(SELLER_A, "Mine Alone")
    const b = await signUpSeller(api, SELLER_B.phone, SELLER_B.code)
    const r = await upload(a.shop.id, b.headers, { name: "Intruder", mrp: 10, image_url: IMAGE, category: "X" })
    expect(r.status).toBe(404)
    expect((await call("get", `/seller/shops/${a.shop.id}/products`, undefined, b.headers)).status).toBe(404)
    const mine = await call("get", `/seller/shops/${a.shop.id}/products`, undefined, a.headers)
    expect(mine.data.products).toEqual([])
  })

  it("answers 400 with a clear message for bad product input, writing nothing", async () => {
    const a = await sellerWithShop(SELLER_A, "Strict Shop")
    const base = { name: "Ok", mrp: 10, image_url: IMAGE, category: "Things" }
    const cases: [object, RegExp][] = [
      [{ ...base, name: undefined }, /name/],
      [{ ...base, mrp: -5 }, /mrp must be greater than 0/],
      [{ ...base, mrp: "ten" }, /^Invalid request body: mrp must be a number, got a string \("ten"\)$/],
      [{ ...base, sale_price: 12 }, /sale_price cannot be above mrp/],
      [{ ...base, image_url: "not a url" }, /image_url must be an http\(s\) URL/],
      [{ ...base, image_url: undefined }, /image \(a file\) or image_url is required/],
      [{ ...base, category: { name: "Nested" } }, /category must be a name, got an object$/],
      [{ ...base, category: "" }, /category is required, got a string \(""\)$/],
      [{ ...base, price: 3 }, /price/],
    ]
    for (const [body, message] of cases) {
      const r = await upload(a.shop.id, a.headers, body)
      expect({ status: r.status, message: r.data.message }).toEqual({ status: 400, message: expect.stringMatching(message) })
    }
    const list = await call("get", `/seller/shops/${a.shop.id}/products`, undefined, a.headers)
    expect(list.data.products).toEqual([])
  })
}
