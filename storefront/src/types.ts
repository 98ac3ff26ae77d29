/** The Store API's answers, as far as the shop pages read them. */
export type ShopAddress = { line: string; city: string; postal_code: string; country_code: string; phone: string | null }

export type Shop = {
  id: string
  name: string
  handle: string
  link: string
  address: ShopAddress
  publishable_key: string | null
}

export type ShopAnswer = { shop: Shop; redirect: { handle: string; link: string } | null }

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

export type Catalog = { shop: { id: string; handle: string }; categories: CatalogCategory[] }

export type CartItem = {
  id: string
  product_id: string | null
  variant_id: string | null
  title: string
  image_url: string | null
  quantity: number
  unit_price: number
  mrp: number
  total: number
}

export type Cart = {
  id: string
  currency_code: string
  completed_at: string | null
  items: CartItem[]
  item_total: number
  shipping_total: number
  tax_total: number
  total: number
}

export type Deal = {
  id: string
  product_id: string
  title: string
  currency_code: string
  mrp: number
  price: number | null
  units_left: number
  total_units: number
  percent_claimed: number
  starts_at: string
  ends_at: string
}

export type DealsAnswer = { live: Deal[]; upcoming: Deal[]; server_time: string }

export type Order = {
  id: string
  display_id: number
  status: string
  fulfillment_status?: string
  payment_status?: string
  currency_code: string
  created_at: string
  total: number
  item_total?: number
  shipping_total?: number
  items: { id: string; title: string; product_title?: string | null; thumbnail?: string | null; quantity: number; unit_price: number; total: number }[]
}

/** A card payment Stripe has not authorized yet: what Stripe.js needs to confirm it (`202` of the checkout). */
export type CardPaymentRequest = {
  status: string
  client_secret: string
  payment_intent_id: string
  publishable_key: string | null
  amount: number
  currency_code: string
}

/** The checkout's answer: the order, or (card) the payment to confirm first. */
export type CheckoutAnswer = { order: { id: string }; payment?: undefined } | { order?: undefined; payment: CardPaymentRequest }
