/** Everything a message template may show; stored as the notification's `data`, so never a secret. */
export type MessageData = {
  order_id?: string
  order_number?: string
  shop_name: string
  shop_url?: string
  buyer_name?: string
  items?: { title: string; quantity: number; total: string }[]
  total?: string
  tracking_number?: string
  tracking_url?: string
  document_number?: string
  refund_amount?: string
  reason?: string
  /** Lightning deals: the deal's title (or the titles of a deal order's deals), its price, until when an offered unit is held. */
  deal_title?: string
  deal_price?: string
  offered_until?: string
  /** The document whose PDF is attached (read or rendered when sending, never stored in the message). */
  attachment?: { kind: "invoice" | "credit_note"; document_id: string; filename: string }
}

/** A template's parts, as Handlebars sources. SMS templates have only `text`. */
export type TemplateSource = { subject?: string; html?: string; text: string }

export type RenderedMessage = { subject?: string; html?: string; text: string }
