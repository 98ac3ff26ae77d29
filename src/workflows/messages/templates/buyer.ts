import { ITEMS_HTML, ITEMS_TEXT } from "./layout"
import type { TemplateSource } from "./types"

/** Emails to the buyer, one per order stage. */
export const BUYER_EMAIL_TEMPLATES = {
  "buyer-order-received": {
    subject: "Order #{{order_number}} received by {{shop_name}}",
    html: `<h1 style="font-size:20px">Thank you{{#if buyer_name}}, {{buyer_name}}{{/if}}!</h1>
<p>{{shop_name}} received your order <b>#{{order_number}}</b>. We will let you know when it is accepted and shipped.</p>${ITEMS_HTML}`,
    text: `Thank you{{#if buyer_name}}, {{buyer_name}}{{/if}}!
{{shop_name}} received your order #{{order_number}}. We will let you know when it is accepted and shipped.
${ITEMS_TEXT}`,
  },
  "buyer-payment-confirmed": {
    subject: "Payment for order #{{order_number}} confirmed",
    html: `<h1 style="font-size:20px">Payment received</h1><p>We received your payment of <b>{{total}}</b> for order <b>#{{order_number}}</b> at {{shop_name}}.</p>`,
    text: `Payment received: {{total}} for order #{{order_number}} at {{shop_name}}.`,
  },
  "buyer-payment-failed": {
    subject: "Your payment at {{shop_name}} did not go through",
    html: `<h1 style="font-size:20px">Payment not completed</h1><p>Your card payment at {{shop_name}} did not go through{{#if reason}} ({{reason}}){{/if}}. Your cart is kept: you can try again with another card or pay on delivery.</p>`,
    text: `Your card payment at {{shop_name}} did not go through{{#if reason}} ({{reason}}){{/if}}. Your cart is kept: try again with another card or pay on delivery.`,
  },
  "buyer-invoice": {
    subject: "Invoice {{document_number}} for order #{{order_number}}",
    html: `<h1 style="font-size:20px">Your invoice</h1><p>Invoice <b>{{document_number}}</b> for order <b>#{{order_number}}</b> at {{shop_name}} is attached as a PDF.</p>${ITEMS_HTML}`,
    text: `Invoice {{document_number}} for order #{{order_number}} at {{shop_name}} is attached as a PDF.
${ITEMS_TEXT}`,
  },
  "buyer-order-accepted": {
    subject: "Order #{{order_number}} accepted by {{shop_name}}",
    html: `<h1 style="font-size:20px">Your order is being prepared</h1><p>{{shop_name}} accepted order <b>#{{order_number}}</b> and is preparing it for shipping.</p>`,
    text: `{{shop_name}} accepted order #{{order_number}} and is preparing it for shipping.`,
  },
  "buyer-order-shipped": {
    subject: "Order #{{order_number}} has shipped",
    html: `<h1 style="font-size:20px">On its way</h1><p>{{shop_name}} shipped order <b>#{{order_number}}</b>.</p>
{{#if tracking_number}}<p>Tracking number: <b>{{tracking_number}}</b>{{#if tracking_url}} · <a href="{{tracking_url}}">Track your parcel</a>{{/if}}</p>{{/if}}`,
    text: `{{shop_name}} shipped order #{{order_number}}.{{#if tracking_number}}
Tracking number: {{tracking_number}}{{/if}}{{#if tracking_url}}
Track it: {{tracking_url}}{{/if}}`,
  },
  "buyer-order-delivered": {
    subject: "Order #{{order_number}} was delivered",
    html: `<h1 style="font-size:20px">Delivered</h1><p>Order <b>#{{order_number}}</b> from {{shop_name}} was delivered. Enjoy!</p>`,
    text: `Order #{{order_number}} from {{shop_name}} was delivered. Enjoy!`,
  },
  "buyer-order-canceled": {
    subject: "Order #{{order_number}} was canceled",
    html: `<h1 style="font-size:20px">Order canceled</h1><p>Order <b>#{{order_number}}</b> at {{shop_name}} was canceled. If you paid by card, the payment is released or refunded.</p>`,
    text: `Order #{{order_number}} at {{shop_name}} was canceled. If you paid by card, the payment is released or refunded.`,
  },
  "buyer-order-refunded": {
    subject: "Credit note {{document_number}} for order #{{order_number}}",
    html: `<h1 style="font-size:20px">Credit note</h1><p>{{shop_name}} issued credit note <b>{{document_number}}</b> for order <b>#{{order_number}}</b>.{{#if refund_amount}} <b>{{refund_amount}}</b> is refunded to your payment method.{{/if}}</p>{{#if attachment}}<p>The credit note is attached as a PDF.</p>{{/if}}`,
    text: `{{shop_name}} issued credit note {{document_number}} for order #{{order_number}}.{{#if refund_amount}} {{refund_amount}} is refunded to your payment method.{{/if}}`,
  },
} satisfies Record<string, TemplateSource>
