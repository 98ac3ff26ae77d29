import { existsSync, readFileSync, statSync } from "fs"
import { createServer, type IncomingMessage, type ServerResponse } from "http"
import type { AddressInfo } from "net"
import { join, resolve } from "path"
import { gzipSync } from "zlib"
import { renderPage, type StorefrontPageConfig } from "./html"
import { linkPreview } from "./link-preview"
import { lookUpShop } from "./shop-lookup"
import { staticFiles } from "./static-files"

export type StorefrontServerOptions = {
  /** 0 takes a free port. */
  port: number
  host?: string
  /** The Medusa backend serving the Store API, as the browser reaches it. */
  backendUrl: string
  /** The marketplace's publishable key: the app looks shops up with it. */
  publishableKey: string
  /** Where the app loads Stripe.js from when a buyer picks card (default Stripe's own; `npm run dev`: the Stripe fake's stand-in). */
  stripeJsUrl?: string
  /** Stripe's publishable key (`pk_…`), for the card form; without it checkout offers pay on delivery only. */
  stripePublishableKey?: string
  /** The built app (storefront/dist). Without its index.html the source template is used, enough for link previews. */
  distDir: string
  /** How long a page waits for the backend before it is served without a link preview. */
  backendTimeoutMs?: number
  log?: (line: string) => void
}

export type StorefrontServer = { url: string; port: number; close: () => Promise<void> }

const SOURCE_TEMPLATE = resolve(__dirname, "..", "index.html")
export const STRIPE_JS_URL = "https://js.stripe.com/v3/"

/** The app's pages under a shop's link (`rest` = the path after the handle), and whether search engines may list them. */
function shopPage(rest: string[]): { indexable: boolean } | null {
  if (!rest.length || (rest.length === 2 && rest[0] === "products")) return { indexable: true }
  if ((rest.length === 1 && (rest[0] === "cart" || rest[0] === "checkout")) || (rest.length === 2 && rest[0] === "orders")) {
    return { indexable: false }
  }
  return null
}
const HANDLE = /^[a-z0-9][a-z0-9-]{0,99}$/i
// a catalog up to this size rides in the page, so the app shows it without a request; a larger one is fetched
const PRELOAD_CATALOG_MAX_BYTES = 64 * 1024
const HTML_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  // a shop's name or photo can change at any time: browsers ask again each time
  "cache-control": "no-cache",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
}

/**
 * The app's index.html: the build's, else the source template (link previews
 * work, the app does not load). Read again when a new build replaces it, so a
 * rebuild never leaves pages pointing at deleted assets.
 */
export function templateOf(distDir: string): { html: () => string; built: boolean } {
  const built = join(distDir, "index.html")
  if (!existsSync(built)) {
    const source = readFileSync(SOURCE_TEMPLATE, "utf8")
    return { html: () => source, built: false }
  }
  let read = { mtimeMs: -1, html: "" }
  return {
    built: true,
    html: () => {
      try {
        const { mtimeMs } = statSync(built)
        if (mtimeMs !== read.mtimeMs) read = { mtimeMs, html: readFileSync(built, "utf8") }
      } catch {
        // a build is replacing it right now: the last one read still points at files being served
      }
      return read.html
    },
  }
}

function pathSegments(pathname: string): string[] | null {
  try {
    return pathname.split("/").filter(Boolean).map(decodeURIComponent)
  } catch {
    return null
  }
}

/**
 * The shop pages' server: the built app's static files, and for every page
 * under `/<handle>` the app's index.html carrying the shop's link preview
 * (read from the Store API), so that a link shared in a chat shows the shop.
 * A former handle is a 301 to the current one; a shop that is not there a 404
 * (the app shows its not-found page). A slow or absent backend costs the
 * preview, never the page.
 */
export async function startStorefrontServer(options: StorefrontServerOptions): Promise<StorefrontServer> {
  const backendUrl = options.backendUrl.replace(/\/+$/, "")
  const backend = { backendUrl, publishableKey: options.publishableKey, timeoutMs: options.backendTimeoutMs ?? 3000 }
  const config: StorefrontPageConfig = {
    backendUrl,
    publishableKey: options.publishableKey,
    stripeJsUrl: options.stripeJsUrl || STRIPE_JS_URL,
    ...(options.stripePublishableKey ? { stripePublishableKey: options.stripePublishableKey } : {}),
  }
  const log = options.log ?? ((line: string) => console.log(`[storefront] ${line}`))
  const template = templateOf(options.distDir)
  if (!template.built) log(`no build in ${options.distDir}: serving the source index.html (run npm run storefront:build for the app)`)
  const serveStatic = staticFiles(options.distDir)

  const page = (res: ServerResponse, req: IncomingMessage, status: number, html: string) => {
    // a page with its shop's catalog is tens of kB: gzipped when the browser takes it
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    const body = gzip ? gzipSync(html) : Buffer.from(html)
    res.writeHead(status, {
      ...HTML_HEADERS,
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "content-length": body.length,
    })
    res.end(req.method === "HEAD" ? undefined : body)
  }
  const shell = (title: string, noindex = false) => renderPage(template.html(), { title, preview: null, config, noindex })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" })
      res.end("Only GET and HEAD")
      return
    }
    const url = new URL(req.url ?? "/", "http://storefront")
    const segments = pathSegments(url.pathname)
    if (!segments) return page(res, req, 404, shell("Page not found · Bazaar", true))
    if (!segments.length) return page(res, req, 200, shell("Bazaar"))

    const [handleAsked, ...rest] = segments
    if (handleAsked === "assets" || (segments.length === 1 && handleAsked.includes("."))) {
      if (await serveStatic(req, res, url.pathname)) return
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" })
      res.end("Not found")
      return
    }
    if (!HANDLE.test(handleAsked)) return page(res, req, 404, shell("Shop not found · Bazaar", true))
    const known = shopPage(rest)

    const found = await lookUpShop(backend, handleAsked)
    switch (found.kind) {
      case "moved": {
        const path = [found.handle, ...rest].map(encodeURIComponent).join("/")
        res.writeHead(301, { location: `/${path}${url.search}`, "cache-control": "no-cache" })
        res.end()
        return
      }
      case "missing":
        return page(res, req, 404, shell("Shop not found · Bazaar", true))
      case "unavailable":
        log(`/${handleAsked}: served without a link preview (${found.reason})`)
        return page(res, req, 200, shell("Bazaar"))
      case "found": {
        if (!known) return page(res, req, 404, shell(`Page not found · ${found.shop.name}`, true))
        const preview = linkPreview(found.shop, found.catalog, rest, backendUrl)
        const preload = {
          handle: found.shop.handle,
          shop: found.shop,
          catalog: found.catalogBytes <= PRELOAD_CATALOG_MAX_BYTES ? found.catalog : null,
        }
        const html = renderPage(template.html(), { title: preview.title, preview, config: { ...config, preload }, noindex: !known.indexable })
        return page(res, req, 200, html)
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      log(`${req.url}: ${(error as Error).message}`)
      if (!res.headersSent) page(res, req, 200, shell("Bazaar"))
      else res.end()
    })
  })
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject)
    server.listen(options.port, options.host, () => resolvePromise())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise())
        server.closeAllConnections()
      }),
  }
}
