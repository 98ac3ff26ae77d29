import { mrpAndSalePrice } from "./price"

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

/** A product as the catalog route queries it. */
export type CatalogProductRow = {
  id: string
  title: string
  description?: string | null
  thumbnail?: string | null
  variants?:
    | { id?: string; calculated_price?: { id?: string; calculated_amount?: unknown; original_amount?: unknown } | null }[]
    | null
}
/** A category as the catalog route queries it. */
export type CatalogCategoryRow = { id: string; name: string; products?: { id: string }[] | null }

/**
 * The shop's categories, each with those of its products that are for sale
 * (in `products`), in catalog order (see sortCatalog). `sale_price` is null
 * without a sale, as sellers see it.
 */
export function groupCatalog(categories: CatalogCategoryRow[], products: CatalogProductRow[], currency_code: string): CatalogCategory[] {
  const forSale = new Map<string, CatalogProduct>()
  for (const product of products) {
    forSale.set(product.id, {
      id: product.id,
      title: product.title,
      description: product.description ?? null,
      image_url: product.thumbnail ?? null,
      ...mrpAndSalePrice(product.variants?.[0]?.calculated_price),
      currency_code,
    })
  }
  return sortCatalog(
    categories.map((category) => ({
      id: category.id,
      name: category.name,
      products: (category.products ?? []).flatMap((p) => forSale.get(p.id) ?? []),
    }))
  )
}

/** The variants and price sets behind the products' prices: a change to one of them changes the catalog. */
export function catalogTagIds(products: CatalogProductRow[]): { variantIds: string[]; priceSetIds: string[] } {
  const variants = products.flatMap((product) => product.variants ?? [])
  return {
    variantIds: variants.flatMap((variant) => variant.id ?? []),
    priceSetIds: variants.flatMap((variant) => variant.calculated_price?.id ?? []),
  }
}

/** Categories by number of products, most first; ties by name. Empty categories are left out. */
export function sortCatalog(categories: CatalogCategory[]): CatalogCategory[] {
  return categories
    .filter((category) => category.products.length > 0)
    .sort((a, b) => b.products.length - a.products.length || a.name.localeCompare(b.name))
}
