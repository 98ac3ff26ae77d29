import { existsSync } from "fs"
import { join, resolve } from "path"
import { startStorefrontServer } from "./server"

// `npm run storefront:start` (bundled into storefront/dist-server/cli.js by `npm run storefront:build`).
const DIST_DIR = resolve(__dirname, "..", "dist")

/** The port of BAZAAR_STOREFRONT_URL (default 8000); BAZAAR_STOREFRONT_PORT when the public URL is not this process's own (behind a proxy). */
function listenPort(env: NodeJS.ProcessEnv): number {
  if (env.BAZAAR_STOREFRONT_PORT) return Number(env.BAZAAR_STOREFRONT_PORT)
  const publicUrl = new URL(env.BAZAAR_STOREFRONT_URL || "http://localhost:8000")
  return Number(publicUrl.port || 8000)
}

function fail(message: string): never {
  console.error(`[storefront] ${message}`)
  process.exit(1)
}

async function main() {
  const env = process.env
  if (!existsSync(join(DIST_DIR, "index.html"))) {
    fail(`no storefront build in ${DIST_DIR}: run npm run storefront:build first`)
  }
  if (!env.BAZAAR_STOREFRONT_PUBLISHABLE_KEY) {
    fail("BAZAAR_STOREFRONT_PUBLISHABLE_KEY must be set: the marketplace's publishable API key (npm run dev prints it)")
  }
  const server = await startStorefrontServer({
    port: listenPort(env),
    backendUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey: env.BAZAAR_STOREFRONT_PUBLISHABLE_KEY,
    stripeJsUrl: env.BAZAAR_STOREFRONT_STRIPE_JS_URL || undefined,
    stripePublishableKey: env.BAZAAR_STOREFRONT_STRIPE_PUBLISHABLE_KEY || undefined,
    distDir: DIST_DIR,
  })
  console.log(`[storefront] shop pages at ${server.url}/<handle> (Store API at ${env.MEDUSA_BACKEND_URL || "http://localhost:9000"})`)
  const stop = () => server.close().then(() => process.exit(0))
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

main().catch((error) => fail(error.message))
