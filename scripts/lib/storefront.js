// The shop pages (storefront/) for `npm run dev`: the Preact app is built
// with Vite when its build is missing or older than its sources, then the
// storefront server runs in this process on the port of BAZAAR_STOREFRONT_URL.
const { spawn } = require("child_process")
const { existsSync, readdirSync, statSync } = require("fs")
const { join, resolve } = require("path")
const { ROOT } = require("./medusa-cli")
const { isPortOpen } = require("./free-port")

const STOREFRONT = resolve(ROOT, "storefront")
const DIST = join(STOREFRONT, "dist")
const SOURCES = ["src", "public", "index.html", "vite.config.ts"].map((name) => join(STOREFRONT, name))
const DEFAULT_URL = "http://localhost:8000"

/** The storefront's public URL, its origin and the port it listens on. */
function storefrontAddress(env) {
  const url = new URL(env.BAZAAR_STOREFRONT_URL || DEFAULT_URL)
  return { origin: url.origin, port: Number(url.port || 8000) }
}

/**
 * Card payment on the shop pages: Stripe's publishable key, and Stripe.js from
 * the Stripe fake (its stand-in at /v3) when Stripe is the fake — STRIPE_API_URL
 * points at it, set by startLocalServices or by hand for `npm run fake:stripe` —
 * else Stripe's own. BAZAAR_STOREFRONT_STRIPE_JS_URL and
 * BAZAAR_STOREFRONT_STRIPE_PUBLISHABLE_KEY win over both.
 */
function storefrontStripe(env) {
  const fakeStripeJs = env.STRIPE_API_URL ? `${env.STRIPE_API_URL.replace(/\/+$/, "")}/v3/` : undefined
  return {
    stripeJsUrl: env.BAZAAR_STOREFRONT_STRIPE_JS_URL || fakeStripeJs,
    stripePublishableKey: env.BAZAAR_STOREFRONT_STRIPE_PUBLISHABLE_KEY || env.STRIPE_PUBLISHABLE_KEY || undefined,
  }
}

/**
 * Lets the shop pages call the Store API and the phone login from their
 * origin: medusa-config's CORS defaults name http://localhost:8000 only.
 */
function allowStorefrontOrigin(env, backendPort) {
  const { origin } = storefrontAddress(env)
  if (origin === DEFAULT_URL) return
  if (!env.STORE_CORS) env.STORE_CORS = origin
  if (!env.AUTH_CORS) env.AUTH_CORS = `${origin},http://localhost:${backendPort}`
}

function newestChange(path) {
  if (!existsSync(path)) return 0
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))))
}

/** Builds the app unless storefront/dist is newer than every source file. */
function buildStorefrontIfStale(log) {
  const built = join(DIST, "index.html")
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...SOURCES.map(newestChange))) {
    return Promise.resolve(false)
  }
  log("building the shop pages (storefront/)")
  return new Promise((resolvePromise, reject) => {
    const vite = spawn(process.execPath, [join(ROOT, "node_modules", "vite", "bin", "vite.js"), "build", "storefront", "--logLevel", "warn"], {
      cwd: ROOT,
      stdio: "inherit",
    })
    vite.on("error", reject)
    vite.on("exit", (code) => (code === 0 ? resolvePromise(true) : reject(new Error(`the storefront build failed (exit ${code})`))))
  })
}

/** Starts the storefront server, or returns null (with the reason logged) when its port is taken. */
async function startStorefront(env, { backendUrl, publishableKey, log }) {
  const { port } = storefrontAddress(env)
  if (await isPortOpen(port)) {
    log(`port ${port} is taken: shop pages not started (set BAZAAR_STOREFRONT_URL to a free port)`)
    return null
  }
  if (!process[Symbol.for("ts-node.register.instance")]) {
    require("ts-node").register({ transpileOnly: true })
  }
  const { startStorefrontServer } = require("../../storefront/server/server")
  return startStorefrontServer({
    port,
    backendUrl,
    publishableKey,
    ...storefrontStripe(env),
    distDir: DIST,
    log: (line) => log(`storefront: ${line}`),
  })
}

module.exports = { storefrontAddress, allowStorefrontOrigin, buildStorefrontIfStale, startStorefront }
