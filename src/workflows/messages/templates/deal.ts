import { ITEMS_HTML, ITEMS_TEXT } from "./layout"
import type { TemplateSource } from "./types"

/** Emails to the buyer of a lightning deal: the operator's decision on the deal order, and a waitlist unit offered. */
export const DEAL_EMAIL_TEMPLATES = {
  "buyer-deal-order-awaiting-approval": {
    subject: "Order #{{order_number}} waits for approval",
    html: `<h1 style="font-size:20px">Waiting for approval</h1><p>Your order <b>#{{order_number}}</b> at {{shop_name}} holds the lightning deal <b>{{deal_title}}</b>. The marketplace approves deal orders before the shop prepares them; we will let you know when it is decided.</p>${ITEMS_HTML}`,
    text: `Your order #{{order_number}} at {{shop_name}} holds the lightning deal {{deal_title}}. The marketplace approves deal orders before the shop prepares them; we will let you know when it is decided.
${ITEMS_TEXT}`,
  },
  "buyer-deal-order-approved": {
    subject: "Order #{{order_number}} approved",
    html: `<h1 style="font-size:20px">Approved</h1><p>Your lightning-deal order <b>#{{order_number}}</b> ({{deal_title}}) is approved. {{shop_name}} will now prepare it.</p>`,
    text: `Your lightning-deal order #{{order_number}} ({{deal_title}}) is approved. {{shop_name}} will now prepare it.`,
  },
  "buyer-deal-order-rejected": {
    subject: "Order #{{order_number}} was rejected",
    html: `<h1 style="font-size:20px">Deal order rejected</h1><p>Your lightning-deal order <b>#{{order_number}}</b> ({{deal_title}}) at {{shop_name}} was rejected{{#if reason}}: {{reason}}{{/if}}.</p><p>The order is canceled and the unit went back to the deal. If you paid by card, the authorization is released: nothing is charged.</p>`,
    text: `Your lightning-deal order #{{order_number}} ({{deal_title}}) at {{shop_name}} was rejected{{#if reason}}: {{reason}}{{/if}}.
The order is canceled and the unit went back to the deal. If you paid by card, the authorization is released: nothing is charged.`,
  },
  "buyer-deal-waitlist-offered": {
    subject: "A unit of {{deal_title}} is yours to claim until {{offered_until}}",
    html: `<h1 style="font-size:20px">Your turn</h1><p>A unit of <b>{{deal_title}}</b>{{#if deal_price}} at <b>{{deal_price}}</b>{{/if}} in {{shop_name}} is held for you until <b>{{offered_until}}</b>. After that it goes to the next in line.</p>{{#if shop_url}}<p><a href="{{shop_url}}">Claim it in {{shop_name}}</a></p>{{/if}}`,
    text: `A unit of {{deal_title}}{{#if deal_price}} at {{deal_price}}{{/if}} in {{shop_name}} is held for you until {{offered_until}}. After that it goes to the next in line.{{#if shop_url}}
Claim it: {{shop_url}}{{/if}}`,
  },
} satisfies Record<string, TemplateSource>

/** The same, as short texts for buyers without email. */
export const DEAL_SMS_TEMPLATES = {
  "sms-deal-order-awaiting-approval": { text: "{{shop_name}}: order #{{order_number}} ({{deal_title}}) waits for the marketplace's approval." },
  "sms-deal-order-approved": { text: "{{shop_name}}: order #{{order_number}} ({{deal_title}}) is approved." },
  "sms-deal-order-rejected": {
    text: "{{shop_name}}: order #{{order_number}} ({{deal_title}}) was rejected{{#if reason}}: {{reason}}{{/if}}. It is canceled; nothing is charged.",
  },
  "sms-deal-waitlist-offered": {
    text: "{{shop_name}}: a unit of {{deal_title}} is yours to claim until {{offered_until}}.{{#if shop_url}} {{shop_url}}{{/if}}",
  },
} satisfies Record<string, TemplateSource>
