import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sellerApi } from "./workspace"

/** A product of a shop as the Seller API answers it. */
export type ShopProduct = {
  id: string
  variant_id: string | null
  name: string
  description: string | null
  image_url: string | null
  category: string | null
  mrp: number | null
  /** null when the product is not on sale. */
  sale_price: number | null
  currency_code: string
}

export type ShopCategory = { id: string; name: string; handle: string; product_count: number }

/** What the seller typed: numbers as text, as the inputs hold them. */
export type ProductDraft = {
  name: string
  description: string
  mrp: string
  sale_price: string
  /** A category name; the shop's category of that name, or a new one. */
  category: string
}

export const emptyProductDraft: ProductDraft = { name: "", description: "", mrp: "", sale_price: "", category: "" }

export function draftOf(product: ShopProduct): ProductDraft {
  return {
    name: product.name,
    description: product.description ?? "",
    mrp: product.mrp === null ? "" : String(product.mrp),
    sale_price: product.sale_price === null ? "" : String(product.sale_price),
    category: product.category ?? "",
  }
}

/** The new product as multipart form data: the route takes the photo in the field `image`. */
export function newProductForm(draft: ProductDraft, image: File) {
  const form = new FormData()
  form.append("name", draft.name.trim())
  if (draft.description.trim()) form.append("description", draft.description.trim())
  form.append("mrp", draft.mrp.trim())
  if (draft.sale_price.trim()) form.append("sale_price", draft.sale_price.trim())
  form.append("category", draft.category.trim())
  form.append("image", image)
  return form
}

/**
 * The fields the seller changed, as the update route takes them: a cleared
 * description or sale price is null (which removes it); numbers the browser
 * could not read go as they are, for the API to refuse with its own message.
 */
export function productChanges(before: ProductDraft, after: ProductDraft) {
  const changes: Record<string, string | number | null> = {}
  const text = (value: string) => value.trim()
  const amount = (value: string) => (value.trim() && Number.isFinite(Number(value)) ? Number(value) : value.trim())
  if (text(after.name) !== text(before.name)) changes.name = text(after.name)
  if (text(after.description) !== text(before.description)) changes.description = text(after.description) || null
  if (text(after.mrp) !== text(before.mrp)) changes.mrp = amount(after.mrp)
  if (text(after.sale_price) !== text(before.sale_price)) changes.sale_price = text(after.sale_price) ? amount(after.sale_price) : null
  if (text(after.category) !== text(before.category)) changes.category = text(after.category)
  return changes
}

/** Products whose name, category or description holds every word of `search`. */
export function matchingProducts(products: ShopProduct[], search: string) {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean)
  if (!words.length) return products
  return products.filter((product) => {
    const text = [product.name, product.category, product.description].filter(Boolean).join(" ").toLowerCase()
    return words.every((word) => text.includes(word))
  })
}

export const workspaceProductKeys = {
  all: (shopId: string) => ["bazaar", "workspace", "shops", shopId, "products"] as const,
  one: (shopId: string, id: string) => ["bazaar", "workspace", "shops", shopId, "products", id] as const,
  categories: (shopId: string) => ["bazaar", "workspace", "shops", shopId, "categories"] as const,
}

const productsPath = (shopId: string) => `/shops/${encodeURIComponent(shopId)}/products`
const productPath = (shopId: string, id: string) => `${productsPath(shopId)}/${encodeURIComponent(id)}`

/** Every product of the shop, by name (the API answers them all at once). */
export function useShopProducts(shopId: string | undefined) {
  return useQuery({
    queryKey: workspaceProductKeys.all(shopId ?? ""),
    queryFn: async () => (await sellerApi<{ products: ShopProduct[] }>(productsPath(shopId!))).products,
    enabled: !!shopId,
  })
}

export function useShopProduct(shopId: string | undefined, id: string) {
  return useQuery({
    queryKey: workspaceProductKeys.one(shopId ?? "", id),
    queryFn: async () => (await sellerApi<{ product: ShopProduct }>(productPath(shopId!, id))).product,
    enabled: !!shopId && !!id,
  })
}

export function useShopCategories(shopId: string | undefined) {
  return useQuery({
    queryKey: workspaceProductKeys.categories(shopId ?? ""),
    queryFn: async () => (await sellerApi<{ categories: ShopCategory[] }>(`/shops/${encodeURIComponent(shopId!)}/categories`)).categories,
    enabled: !!shopId,
  })
}

/** After a write: the list, the categories (a new one may exist) and the product itself. */
function useRefreshProducts(shopId: string) {
  const queryClient = useQueryClient()
  return (product?: ShopProduct) => {
    if (product) queryClient.setQueryData(workspaceProductKeys.one(shopId, product.id), product)
    queryClient.invalidateQueries({ queryKey: workspaceProductKeys.all(shopId), exact: true })
    queryClient.invalidateQueries({ queryKey: workspaceProductKeys.categories(shopId) })
  }
}

export function useCreateProduct(shopId: string) {
  const refresh = useRefreshProducts(shopId)
  return useMutation({
    mutationFn: async ({ draft, image }: { draft: ProductDraft; image: File }) =>
      (await sellerApi<{ product: ShopProduct }>(productsPath(shopId), { method: "POST", body: newProductForm(draft, image) })).product,
    onSuccess: refresh,
  })
}

/**
 * Saves the changed fields (JSON, so a cleared description can be null), then
 * a new photo (multipart) when one was chosen; answers the product as it is after.
 */
export function useUpdateProduct(shopId: string, id: string) {
  const refresh = useRefreshProducts(shopId)
  return useMutation({
    mutationFn: async ({ changes, image }: { changes: Record<string, unknown>; image: File | null }) => {
      let product: ShopProduct | undefined
      if (Object.keys(changes).length) {
        product = (await sellerApi<{ product: ShopProduct }>(productPath(shopId, id), { method: "POST", body: changes })).product
      }
      if (image) {
        const form = new FormData()
        form.append("image", image)
        product = (await sellerApi<{ product: ShopProduct }>(productPath(shopId, id), { method: "POST", body: form })).product
      }
      return product
    },
    onSuccess: refresh,
  })
}

export function useDeleteProduct(shopId: string, id: string) {
  const refresh = useRefreshProducts(shopId)
  return useMutation({
    mutationFn: () => sellerApi<{ id: string; deleted: boolean }>(productPath(shopId, id), { method: "DELETE" }),
    // not the product's own query: its page is leaving, and refetching it now would be a 404
    onSuccess: () => refresh(),
  })
}
