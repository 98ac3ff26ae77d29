import type { SuiteArgs } from "../../helpers/domain-runner"
import { storeHeaders } from "../../helpers/store"
import { caller, createIndiaRegion, PRODUCT_IMAGE, sellerWithShop, uploadProduct, type TestSeller } from "../../helpers/marketplace"

export const timeoutMs = 180 * 1000

const SELLER = { phone: "+919000000051", code: "515151" }
const MAX_IMAGE_BYTES = 4096
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
)

export const env: Record<string, string> = {
  BAZAAR_OTP_TEST_NUMBERS: `${SELLER.phone}:${SELLER.code}`,
  BAZAAR_MAX_IMAGE_BYTES: String(MAX_IMAGE_BYTES),
}

function form(fields: Record<string, string>, file?: { field?: string; bytes: Buffer; name: string; type: string }) {
  const body = new FormData()
  for (const [key, value] of Object.entries(fields)) body.append(key, value)
  if (file) body.append(file.field ?? "image", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return body
}

export function suite({ api, getContainer }: SuiteArgs) {
  const call = caller(api)
  let a: TestSeller
  const products = () => `/seller/shops/${a.shop.id}/products`

  beforeEach(async () => {
    await createIndiaRegion(getContainer())
    a = await sellerWithShop(api, SELLER, "Photo Shop")
  })

  const fields = { name: "Jalebi", mrp: "60", sale_price: "45", category: "Sweets", description: "Hot and crisp" }

  it("takes a multipart upload with an image file, stores it through the File module and serves it", async () => {
    const r = await call("post", products(), form(fields, { bytes: PNG, name: "jalebi.png", type: "image/png" }), a.headers)
    expect([r.status, r.data.message]).toEqual([201, undefined])
    expect(r.data.product).toMatchObject({ name: "Jalebi", mrp: 60, sale_price: 45, category: "Sweets", description: "Hot and crisp" })
    const url = new URL(r.data.product.image_url)
    expect(url.pathname).toMatch(/\.png$/)
    const image = await api.get(url.pathname, { responseType: "arraybuffer" })
    expect(image.status).toBe(200)
    expect(Buffer.from(image.data).equals(PNG)).toBe(true)
  })

  it("refuses non-images, oversized files, two images and misnamed fields with a 4xx, storing no product", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const cases: [FormData, number, RegExp][] = [
      [form(fields, { bytes: svg, name: "sneaky.png", type: "image/png" }), 400, /image must be a PNG, JPEG, WebP or GIF file/],
      [form(fields, { bytes: Buffer.from("plain text"), name: "notes.txt", type: "text/plain" }), 400, /image must be a PNG/],
      [
        form(fields, { bytes: Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)]), name: "huge.png", type: "image/png" }),
        413,
        new RegExp(`image is larger than the ${MAX_IMAGE_BYTES} bytes allowed`),
      ],
      [form({ ...fields, image_url: PRODUCT_IMAGE }, { bytes: PNG, name: "j.png", type: "image/png" }), 400, /either an image file or image_url, not both/],
      [form(fields, { field: "photo", bytes: PNG, name: "j.png", type: "image/png" }), 400, /Send one image file, in the form field "image"/],
      [form(fields), 400, /image \(a file\) or image_url is required/],
      [form({ ...fields, mrp: "sixty" }, { bytes: PNG, name: "j.png", type: "image/png" }), 400, /mrp/],
      [form({ ...fields, sale_price: "70" }, { bytes: PNG, name: "j.png", type: "image/png" }), 400, /sale_price cannot be above mrp/],
    ]
    for (const [body, status, message] of cases) {
      const r = await call("post", products(), body, a.headers)
      expect({ status: r.status, message: r.data.message }).toEqual({ status, message: expect.stringMatching(message) })
    }
    expect((await call("get", products(), undefined, a.headers)).data.products).toEqual([])
  })

  it("edits only the fields given, replaces or removes the sale price, and moves products between categories", async () => {
    const laddu = await uploadProduct(api, a, { name: "Laddu", mrp: 50, sale_price: 40, category: "Sweets" })
    await uploadProduct(api, a, { name: "Barfi", mrp: 70, category: "Sweets" })
    const edit = (body: object) => call("post", `${products()}/${laddu.id}`, body, a.headers)

    let r = await edit({ name: "Motichoor Laddu", sale_price: 35 })
    expect(r.data.product).toMatchObject({ name: "Motichoor Laddu", mrp: 50, sale_price: 35, category: "Sweets", image_url: laddu.image_url })
    r = await edit({ mrp: 55 })
    expect(r.data.product).toMatchObject({ mrp: 55, sale_price: 35 })
    const tooHigh = await edit({ sale_price: 60 })
    expect([tooHigh.status, tooHigh.data.message]).toEqual([400, "sale_price cannot be above mrp (55)"])
    const mrpBelowSale = await edit({ mrp: 30 })
    expect([mrpBelowSale.status, mrpBelowSale.data.message]).toEqual([400, "sale_price cannot be above mrp (30)"])
    r = await edit({ sale_price: null, category: "Festive" })
    expect(r.data.product).toMatchObject({ mrp: 55, sale_price: null, category: "Festive" })
    expect((await edit({ price: 1 })).status).toBe(400)
    expect((await edit({ mrp: -1 })).data.message).toMatch(/mrp must be greater than 0/)

    const categories = await call("get", `/seller/shops/${a.shop.id}/categories`, undefined, a.headers)
    expect(categories.data.categories.map((c: any) => [c.name, c.product_count])).toEqual([["Festive", 1], ["Sweets", 1]])
    const catalog = await call("get", `/store/shops/${a.shop.handle}/catalog`, undefined, (await storeHeaders(getContainer())).headers)
    const festive = catalog.data.categories.find((c: any) => c.name === "Festive")
    expect(festive.products).toEqual([expect.objectContaining({ title: "Motichoor Laddu", mrp: 55, sale_price: null })])
    const one = await call("get", `${products()}/${laddu.id}`, undefined, a.headers)
    expect(one.data.product).toMatchObject({ id: laddu.id, name: "Motichoor Laddu", sale_price: null })
  })

  it("replaces the image with a new upload", async () => {
    const product = await uploadProduct(api, a, { name: "Kaju Katli", mrp: 90 })
    const r = await call("post", `${products()}/${product.id}`, form({ name: "Kaju Katli (250 g)" }, { bytes: PNG, name: "k.png", type: "image/png" }), a.headers)
    expect([r.status, r.data.product.name]).toEqual([200, "Kaju Katli (250 g)"])
    expect(r.data.product.image_url).not.toBe(product.image_url)
    expect(new URL(r.data.product.image_url).pathname).toMatch(/\.png$/)
  })

  it("deletes a product: gone from the seller's list, the catalog and the shop's carts", async () => {
    const gone = await uploadProduct(api, a, { name: "Peda", mrp: 40 })
    const kept = await uploadProduct(api, a, { name: "Rasgulla", mrp: 45 })
    const r = await call("delete", `${products()}/${gone.id}`, undefined, a.headers)
    expect(r.data).toEqual({ id: gone.id, object: "product", deleted: true })
    expect((await call("get", `${products()}/${gone.id}`, undefined, a.headers)).status).toBe(404)
    expect((await call("delete", `${products()}/${gone.id}`, undefined, a.headers)).status).toBe(404)
    expect((await call("get", products(), undefined, a.headers)).data.products.map((p: any) => p.id)).toEqual([kept.id])

    const buyer = { "x-publishable-api-key": a.shop.publishable_key }
    const catalog = await call("get", `/store/shops/${a.shop.handle}/catalog`, undefined, buyer)
    expect(catalog.data.categories.flatMap((c: any) => c.products.map((p: any) => p.id))).toEqual([kept.id])
    const cart = await call("post", `/store/shops/${a.shop.handle}/carts`, {}, buyer)
    const add = await call("post", `/store/shops/${a.shop.handle}/carts/${cart.data.cart.id}/line-items`, { product_id: gone.id, quantity: 1 }, buyer)
    expect(add.status).toBe(400)
  })
}
