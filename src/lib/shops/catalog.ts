export type CatalogProduct = {
  id: string
  title: string
  description: string | null
  image_url: string | null
  mrp: number | null
  sale_price: number | null
  currency_code: string
}

export type CatalogCategory = { id: string; name: string; products: CatalogProduct[] }

/** Categories by number of products, most first; ties by name. Empty categories are left out. */
export function sortCatalog(categories: CatalogCategory[]): CatalogCategory[] {
  return categories
    .filter((category) => category.products.length > 0)
    .sort((a, b) => b.products.length - a.products.length || a.name.localeCompare(b.name))
}
