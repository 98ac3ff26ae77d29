import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SuiteArgs } from "../../helpers/domain-runner"
import { adminHeaders } from "../../helpers/admin"
import { caller, createIndiaRegion, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"

export const timeoutMs = 180 * 1000

const SELLER = { phone: "+919000000061", code: "616161" }

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: `${SELLER.phone}:${SELLER.code}`,
}

type CatalogProduct = { id: string; title: string; mrp: number | null; sale_price: number | null }
type CatalogCategory = { id: string; name: string; products: CatalogProduct[] }

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let a: TestSeller
  let admin: { headers: { authorization: string } }
  let samosa: Record<string, any>
  let chai: Record<string, any>
  let buyer: Record<string, string>
  const catalogPath = () => `/store/shops/${a.shop.handle}/catalog`
  const shopPath = () => `/store/shops/${a.shop.handle}`
  const productPath = (id: string) => `/seller/shops/${a.shop.id}/products/${id}`

  // the database is emptied after each test but the cache is not: each test's shop gets a handle of its own
  let shops = 0

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    admin = await adminHeaders(api, getContainer())
    a = await sellerWithShop(api, SELLER, `Cache Corner ${++shops}`)
    samosa = await uploadProduct(api, a, { name: "Samosa", mrp: 40, sale_price: 30, category: "Snacks" })
    chai = await uploadProduct(api, a, { name: "Chai", mrp: 20, category: "Drinks" })
    buyer = { "x-publishable-api-key": a.shop.publishable_key }
  })

  async function catalog(extra: Record<string, string> = {}) {
    const r = await call("get", catalogPath(), undefined, { ...buyer, ...extra })
    return r as { status: number; headers: Record<string, string>; data: { categories: CatalogCategory[] } }
  }
  const products = (categories: CatalogCategory[]) => categories.flatMap((c) => c.products)
  const product = async (id: string) => products((await catalog()).data.categories).find((p) => p.id === id)

  it("answers with a strong ETag and Cache-Control, and 304 without a body while nothing changed", async () => {
    for (const path of [catalogPath(), shopPath()]) {
      const first = await call("get", path, undefined, buyer)
      expect(first.status).toBe(200)
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
      expect(first.headers["cache-control"]).toBe("public, max-age=0, must-revalidate")

      const again = await call("get", path, undefined, { ...buyer, "if-none-match": first.headers.etag })
      expect([again.status, again.data]).toEqual([304, ""])
      expect(again.headers.etag).toBe(first.headers.etag)

      const listed = await call("get", path, undefined, { ...buyer, "if-none-match": `"other", W/${first.headers.etag}` })
      expect(listed.status).toBe(304)
      const other = await call("get", path, undefined, { ...buyer, "if-none-match": '"something-else"' })
      expect(other.status).toBe(200)
      expect(other.data).toEqual(first.data)
    }
  })

  it("serves the stored answer: a change made behind Medusa's back (no event) does not show until an event clears it", async () => {
    const before = await catalog()
    const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.raw("UPDATE product SET title = 'Renamed in SQL' WHERE id = ?", [samosa.id])

    const cached = await catalog({ "if-none-match": before.headers.etag })
    expect(cached.status).toBe(304)
    expect((await product(samosa.id))?.title).toBe("Samosa")

    const edited = await call("post", productPath(samosa.id), { description: "Crisp" }, a.headers)
    expect(edited.status).toBe(200)
    expect((await product(samosa.id))?.title).toBe("Renamed in SQL")
  })

  it("shows a price change at once: the seller's MRP and sale price, a variant price and a price-list price in the admin", async () => {
    const first = await catalog()
    expect(await product(samosa.id)).toMatchObject({ mrp: 40, sale_price: 30 })

    expect((await call("post", productPath(samosa.id), { mrp: 50, sale_price: 35 }, a.headers)).status).toBe(200)
    const changed = await catalog({ "if-none-match": first.headers.etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(first.headers.etag)
    expect(products(changed.data.categories).find((p) => p.id === samosa.id)).toMatchObject({ mrp: 50, sale_price: 35 })

    const variant = await call(
      "post",
      `/admin/products/${chai.id}/variants/${chai.variant_id}`,
      { prices: [{ amount: 25, currency_code: "inr" }] },
      admin.headers
    )
    expect(variant.status).toBe(200)
    expect(await product(chai.id)).toMatchObject({ mrp: 25, sale_price: null })

    const { data: lists } = await call("get", "/admin/price-lists?fields=id,*prices", undefined, admin.headers)
    const [list] = lists.price_lists
    const [salePrice] = list.prices
    const batch = await call(
      "post",
      `/admin/price-lists/${list.id}/prices/batch`,
      { update: [{ id: salePrice.id, amount: 22, currency_code: "inr", variant_id: samosa.variant_id }] },
      admin.headers
    )
    expect(batch.status).toBe(200)
    expect(await product(samosa.id)).toMatchObject({ mrp: 50, sale_price: 22 })
  })

  it("shows a new product and drops a deleted one at once, whether deleted by the seller or in the admin", async () => {
    await catalog()
    const jalebi = await uploadProduct(api, a, { name: "Jalebi", mrp: 60, category: "Sweets" })
    const withJalebi = await catalog()
    expect(withJalebi.data.categories.map((c) => c.name)).toContain("Sweets")
    expect(products(withJalebi.data.categories).map((p) => p.title)).toContain("Jalebi")

    expect((await call("delete", productPath(jalebi.id), undefined, a.headers)).status).toBe(200)
    expect(products((await catalog()).data.categories).map((p) => p.id)).not.toContain(jalebi.id)

    expect((await call("delete", `/admin/products/${chai.id}`, undefined, admin.headers)).status).toBe(200)
    expect(products((await catalog()).data.categories).map((p) => p.id)).toEqual([samosa.id])
  })

  it("shows a category renamed in the admin and a product moved to another category at once", async () => {
    const snacks = (await catalog()).data.categories.find((c) => c.name === "Snacks") as CatalogCategory
    const renamed = await call("post", `/admin/product-categories/${snacks.id}`, { name: "Street Food" }, admin.headers)
    expect(renamed.status).toBe(200)
    expect((await catalog()).data.categories.map((c) => c.name).sort()).toEqual(["Drinks", "Street Food"])

    expect((await call("post", productPath(samosa.id), { category: "Drinks" }, a.headers)).status).toBe(200)
    expect((await catalog()).data.categories).toEqual([expect.objectContaining({ name: "Drinks", products: expect.any(Array) })])
  })

  it("hides the shop and its catalog at once when its seller is suspended, and shows them again when reinstated", async () => {
    const shop = await call("get", shopPath(), undefined, buyer)
    expect((await catalog()).status).toBe(200)

    expect((await call("post", `/admin/sellers/${a.sellerId}/suspend`, {}, admin.headers)).status).toBe(200)
    expect((await call("get", shopPath(), undefined, buyer)).status).toBe(404)
    expect((await catalog()).status).toBe(404)
    expect((await call("get", shopPath(), undefined, { ...buyer, "if-none-match": shop.headers.etag })).status).toBe(404)

    expect((await call("post", `/admin/sellers/${a.sellerId}/approve`, {}, admin.headers)).status).toBe(200)
    const back = await call("get", shopPath(), undefined, { ...buyer, "if-none-match": shop.headers.etag })
    expect(back.status).toBe(304)
    expect((await catalog()).status).toBe(200)
  })

  it("shows a renamed shop at once, under its old handle too, with a new ETag", async () => {
    const before = await call("get", shopPath(), undefined, buyer)
    const renamed = await call("post", `/seller/shops/${a.shop.id}`, { name: "Cache Palace", new_handle: true }, a.headers)
    expect(renamed.status).toBe(200)
    const old = await call("get", shopPath(), undefined, { ...buyer, "if-none-match": before.headers.etag })
    expect(old.status).toBe(200)
    expect(old.headers.etag).not.toBe(before.headers.etag)
    expect(old.data.shop).toMatchObject({ name: "Cache Palace", handle: renamed.data.shop.handle })
    expect(old.data.redirect).toMatchObject({ handle: renamed.data.shop.handle })
  })
}
