import { catalogTagIds, groupCatalog, sortCatalog, type CatalogCategory } from "../catalog"

const product = (id: string) => ({
  id,
  title: id,
  description: null,
  image_url: null,
  mrp: 1,
  sale_price: 1,
  currency_code: "inr",
})
const category = (name: string, count: number): CatalogCategory => ({
  id: name,
  name,
  products: Array.from({ length: count }, (_, i) => product(`${name}-${i}`)),
})

describe("sortCatalog", () => {
  it("puts the biggest categories first, ties by name, and drops empty ones", () => {
    const sorted = sortCatalog([
      category("Drinks", 2),
      category("Empty", 0),
      category("Snacks", 5),
      category("Bakery", 2),
    ])
    expect(sorted.map((c) => c.name)).toEqual(["Snacks", "Bakery", "Drinks"])
  })
})

describe("groupCatalog", () => {
  it("lists each category's products that are for sale, with MRP and sale price (null without a sale) from the calculated price", () => {
    const price = (original: number, calculated: number) => [{ calculated_price: { original_amount: original, calculated_amount: calculated } }]
    const grouped = groupCatalog(
      [
        { id: "c1", name: "Drinks", products: [{ id: "p1" }, { id: "p2" }] },
        { id: "c2", name: "Cold", products: [{ id: "p2" }, { id: "p4" }, { id: "draft" }] },
        { id: "c3", name: "Only drafts", products: [{ id: "draft" }] },
      ],
      [
        { id: "p1", title: "Chai", thumbnail: "c.jpg", variants: price(20, 15) },
        { id: "p2", title: "Lassi", variants: price(30, 30) },
        { id: "p4", title: "No price", variants: [] },
      ],
      "inr"
    )
    expect(grouped.map((c) => [c.name, c.products.map((p) => p.id)])).toEqual([
      ["Cold", ["p2", "p4"]],
      ["Drinks", ["p1", "p2"]],
    ])
    expect(grouped[1].products[0]).toEqual({
      id: "p1", title: "Chai", description: null, image_url: "c.jpg", mrp: 20, sale_price: 15, currency_code: "inr",
    })
    expect(grouped[0].products[0]).toMatchObject({ id: "p2", mrp: 30, sale_price: null })
    expect(grouped[0].products[1]).toMatchObject({ mrp: null, sale_price: null })
  })
})

describe("catalogTagIds", () => {
  it("names every variant and the price set behind each calculated price", () => {
    expect(
      catalogTagIds([
        { id: "p1", title: "Chai", variants: [{ id: "v1", calculated_price: { id: "ps1" } }, { id: "v2", calculated_price: null }] },
        { id: "p2", title: "Samosa", variants: null },
      ])
    ).toEqual({ variantIds: ["v1", "v2"], priceSetIds: ["ps1"] })
  })
})
