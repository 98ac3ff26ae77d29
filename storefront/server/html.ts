/** What a shared link shows before any JavaScript runs: the page title and the link preview's card. */
export type LinkPreview = {
  title: string
  description: string
  /** Absolute URL of the preview image, or null when there is none. */
  image: string | null
  /** The canonical link of the page. */
  url: string
  type: "website" | "product"
}

/**
 * The shop (and, when small, its catalog) the server already read for the
 * link preview, handed to the app so its first render needs no request.
 */
export type PagePreload = { handle: string; shop: unknown; catalog: unknown | null }

/** The app's config (storefront/src/config.ts): the Store API, the marketplace's key, Stripe.js and Stripe's key. */
export type StorefrontPageConfig = {
  backendUrl: string
  publishableKey: string
  stripeJsUrl: string
  stripePublishableKey?: string
  preload?: PagePreload
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Text made safe for HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char])
}

/** JSON that cannot end the script element it sits in (`</script>`, `<!--`). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")
}

function previewTags(preview: LinkPreview): string[] {
  const meta = (attribute: "property" | "name", key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`
  const tags = [
    `<meta name="description" content="${escapeHtml(preview.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(preview.url)}" />`,
    meta("property", "og:type", preview.type),
    meta("property", "og:title", preview.title),
    meta("property", "og:description", preview.description),
    meta("property", "og:url", preview.url),
    meta("name", "twitter:card", preview.image ? "summary_large_image" : "summary"),
    meta("name", "twitter:title", preview.title),
    meta("name", "twitter:description", preview.description),
  ]
  if (preview.image) {
    tags.push(meta("property", "og:image", preview.image), meta("name", "twitter:image", preview.image))
  }
  return tags
}

/**
 * The app's index.html with the page's `<title>`, the link preview's Open
 * Graph and Twitter tags (when there is a preview), `noindex` for a page that
 * is not there, and the storefront's config for the app.
 */
export function renderPage(
  template: string,
  { title, preview, config, noindex = false }: { title: string; preview: LinkPreview | null; config: StorefrontPageConfig; noindex?: boolean }
): string {
  const head = [
    ...(preview ? previewTags(preview) : []),
    ...(noindex ? ['<meta name="robots" content="noindex" />'] : []),
    `<script>window.__BAZAAR__ = ${scriptJson(config)}</script>`,
  ]
  const withTitle = template.replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${escapeHtml(title)}</title>`)
  return withTitle.replace(/\s*<\/head>/i, () => `\n    ${head.join("\n    ")}\n  </head>`)
}
