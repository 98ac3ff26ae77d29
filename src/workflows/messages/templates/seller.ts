import { ITEMS_HTML, ITEMS_TEXT } from "./layout"
import type { TemplateSource } from "./types"

/** Emails to the seller (and the operator's copy). */
export const SELLER_EMAIL_TEMPLATES = {
  "seller-new-order": {
    subject: "New order #{{order_number}} in {{shop_name}}",
    html: `<h1 style="font-size:20px">New order</h1><p>{{shop_name}} received order <b>#{{order_number}}</b>{{#if buyer_name}} from {{buyer_name}}{{/if}}. Accept it in your seller workspace.</p>${ITEMS_HTML}`,
    text: `New order #{{order_number}} in {{shop_name}}{{#if buyer_name}} from {{buyer_name}}{{/if}}. Accept it in your seller workspace.
${ITEMS_TEXT}`,
  },
  "seller-order-canceled": {
    subject: "Order #{{order_number}} in {{shop_name}} was canceled",
    html: `<h1 style="font-size:20px">Order canceled</h1><p>Order <b>#{{order_number}}</b> in {{shop_name}} was canceled. Do not ship it.</p>`,
    text: `Order #{{order_number}} in {{shop_name}} was canceled. Do not ship it.`,
  },
} satisfies Record<string, TemplateSource>

/** Short texts for buyers without email (and sellers by phone): the key stages only. */
export const SMS_TEMPLATES = {
  "sms-order-received": { text: "{{shop_name}}: we received your order #{{order_number}}." },
  "sms-order-shipped": {
    text: "{{shop_name}}: order #{{order_number}} has shipped.{{#if tracking_number}} Tracking {{tracking_number}}{{/if}}{{#if tracking_url}} {{tracking_url}}{{/if}}",
  },
  "sms-order-delivered": { text: "{{shop_name}}: order #{{order_number}} was delivered." },
  "sms-order-canceled": { text: "{{shop_name}}: order #{{order_number}} was canceled." },
  "sms-seller-new-order": { text: "Bazaar: new order #{{order_number}} in {{shop_name}}{{#if total}} ({{total}}){{/if}}." },
  "sms-seller-order-canceled": { text: "Bazaar: order #{{order_number}} in {{shop_name}} was canceled. Do not ship it." },
} satisfies Record<string, TemplateSource>
