import Handlebars from "handlebars"
import { BUYER_EMAIL_TEMPLATES } from "./buyer"
import { DEAL_EMAIL_TEMPLATES, DEAL_SMS_TEMPLATES } from "./deal"
import { EMAIL_LAYOUT } from "./layout"
import { SELLER_EMAIL_TEMPLATES, SMS_TEMPLATES } from "./seller"
import type { MessageData, RenderedMessage, TemplateSource } from "./types"

export const EMAIL_TEMPLATES = { ...BUYER_EMAIL_TEMPLATES, ...SELLER_EMAIL_TEMPLATES, ...DEAL_EMAIL_TEMPLATES }
const ALL_SMS_TEMPLATES = { ...SMS_TEMPLATES, ...DEAL_SMS_TEMPLATES }
export type EmailTemplateId = keyof typeof EMAIL_TEMPLATES
export type SmsTemplateId = keyof typeof ALL_SMS_TEMPLATES
export type TemplateId = EmailTemplateId | SmsTemplateId

const SOURCES: Record<string, TemplateSource> = { ...EMAIL_TEMPLATES, ...ALL_SMS_TEMPLATES }

type Compiled = { subject?: HandlebarsTemplateDelegate; html?: HandlebarsTemplateDelegate; text: HandlebarsTemplateDelegate }

// A private instance: helpers or partials registered elsewhere in the process cannot change Bazaar's messages.
const handlebars = Handlebars.create()
// HTML escaping is for the HTML part; subjects and texts are plain text.
const html = (source: string) => handlebars.compile(source)
const plain = (source: string) => handlebars.compile(source, { noEscape: true })
const layout = html(EMAIL_LAYOUT)
const compiled = new Map<string, Compiled>()

export function isTemplateId(value: string): value is TemplateId {
  return Object.prototype.hasOwnProperty.call(SOURCES, value)
}

function templateOf(id: TemplateId): Compiled {
  let template = compiled.get(id)
  if (!template) {
    const source = SOURCES[id]
    template = {
      subject: source.subject ? plain(source.subject) : undefined,
      html: source.html ? html(source.html) : undefined,
      text: plain(source.text),
    }
    compiled.set(id, template)
  }
  return template
}

/** Renders a template with its data: subject, HTML (inside the shared layout) and text; SMS only text. */
export function renderMessage(id: TemplateId, data: MessageData): RenderedMessage {
  const template = templateOf(id)
  const subject = template.subject?.(data).replace(/\s+/g, " ").trim()
  const body = template.html?.(data)
  return {
    subject,
    html: body === undefined ? undefined : layout({ ...data, subject, body }),
    text: template.text(data).trim(),
  }
}
