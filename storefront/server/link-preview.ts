import type { LinkPreview } from "./html"
import type { PreviewCatalog, PreviewProduct, PreviewShop } from "./shop-lookup"

const MAX_DESCRIPTION = 200

function clip(text: string, max = MAX_DESCRIPTION): string {
  const flat = text.replace(/\s+/g, " ").trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

/** Image URLs of the File module are absolute; a relative one is taken as the backend's. */
function absolute(url: string | null, backendUrl: string): string | null {
  if (!url) return null
  try {
    return new URL(url, `${backendUrl}/`).toString()
  } catch {
    return null
  }
}

/**
 * The preview of a shop's page: the shop's name, where it is and what it
 * sells, with the first product image; for a product page (`rest` =
 * products/<id>) that product's title, description and image.
 */
export function linkPreview(shop: PreviewShop, catalog: PreviewCatalog | null, rest: string[], backendUrl: string): LinkPreview {
  const products = catalog?.categories.flatMap((category) => category.products) ?? []
  const product: PreviewProduct | undefined = rest[0] === "products" ? products.find((p) => p.id === rest[1]) : undefined
  const pageUrl = rest.length ? `${shop.link}/${rest.map(encodeURIComponent).join("/")}` : shop.link
  if (product) {
    return {
      title: `${product.title} · ${shop.name}`,
      description: clip(product.description || `${product.title}, from ${shop.name} in ${shop.address.city}.`),
      image: absolute(product.image_url, backendUrl),
      url: pageUrl,
      type: "product",
    }
  }
  const categories = catalog?.categories.map((category) => category.name) ?? []
  const offer = products.length
    ? ` ${products.length} ${products.length === 1 ? "product" : "products"}${categories.length ? `: ${categories.slice(0, 3).join(", ")}${categories.length > 3 ? " and more" : ""}` : ""}.`
    : ""
  return {
    title: shop.name,
    description: clip(`Order from ${shop.name} in ${shop.address.city}.${offer}`),
    image: absolute(products.find((p) => p.image_url)?.image_url ?? null, backendUrl),
    url: pageUrl,
    type: "website",
  }
}
