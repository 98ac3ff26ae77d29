import { sortCatalog, type CatalogCategory } from "../catalog"

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
