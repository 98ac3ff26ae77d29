#!/usr/bin/env node
// `npm run dev`: zero-config start. Without DATABASE_URL an embedded
// PostgreSQL is started under .bazaar/ (BAZAAR_DATA_DIR); then migrations,
// the one-time demo seed, `medusa develop` with the admin at /app, and the
// shop pages (storefront/) at BAZAAR_STOREFRONT_URL.
// Ctrl-C stops the shop pages, Medusa and the embedded PostgreSQL.
const { resolve } = require("path")
const { loadEnv } = require("@medusajs/framework/utils")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")
const { loadOrCreateAdminCredentials } = require("./lib/admin-credentials")
const { ROOT, runMedusa, startMedusa, signalGroup } = require("./lib/medusa-cli")
const { waitForHttp } = require("./lib/wait-for-http")
const { startLocalServices } = require("./lib/local-services")
const { allowStorefrontOrigin, buildStorefrontIfStale, startStorefront, storefrontAddress } = require("./lib/storefront")
const { readFileSync } = require("fs")

loadEnv("development", ROOT)

const startedAt = Date.now()
const dataDir = resolve(ROOT, process.env.BAZAAR_DATA_DIR || ".bazaar")
const port = Number(process.env.PORT || 9000)
const pgPort = Number(process.env.BAZAAR_PG_PORT || 54329)

function log(message) {
  console.log(`[bazaar] ${message}`)
}

async function main() {
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", PORT: String(port) }
  allowStorefrontOrigin(env, port)
  let postgres = null
  if (!env.DATABASE_URL) {
    log(`starting embedded PostgreSQL on port ${pgPort} (data in ${dataDir}/postgres)`)
    postgres = await startEmbeddedPostgres({
      dataDir: resolve(dataDir, "postgres"),
      port: pgPort,
      databases: ["bazaar"],
    })
    env.DATABASE_URL = postgres.urlFor("bazaar")
  } else {
    log("using the database in DATABASE_URL")
  }

  // Stripe and a mail server stand-ins, unless the environment names real ones
  const services = await startLocalServices(env, port)

  let medusa = null
  let storefront = null
  let stopping = false
  const stop = async (signal) => {
    if (stopping) return
    stopping = true
    log(`${signal}: stopping`)
    if (storefront) {
      await storefront.close()
    }
    if (medusa && medusa.exitCode === null) {
      const exited = new Promise((r) => medusa.once("exit", r))
      signalGroup(medusa, "SIGINT")
      const killTimer = setTimeout(() => signalGroup(medusa, "SIGKILL"), 10000)
      await exited
      clearTimeout(killTimer)
    }
    await services.stop()
    if (postgres) {
      await postgres.stop()
      log("embedded PostgreSQL stopped")
    }
    process.exit(0)
  }
  // embedded-postgres installs signal handlers that stop PostgreSQL and exit
  // at once, before Medusa has shut down; this script stops both, in order.
  process.removeAllListeners("SIGINT")
  process.removeAllListeners("SIGTERM")
  process.on("SIGINT", () => stop("SIGINT"))
  process.on("SIGTERM", () => stop("SIGTERM"))

  await runMedusa(["db:migrate"], { env })

  const admin = loadOrCreateAdminCredentials(dataDir, env)
  const summaryFile = resolve(dataDir, "demo-summary.json")
  await runMedusa(["exec", "./src/scripts/seed-demo.ts"], {
    env: {
      ...env,
      BAZAAR_ADMIN_EMAIL: admin.email,
      BAZAAR_ADMIN_PASSWORD: admin.password,
      BAZAAR_DEMO_SUMMARY_FILE: summaryFile,
    },
  })
  const summary = JSON.parse(readFileSync(summaryFile, "utf8"))

  medusa = startMedusa(["develop", "--port", String(port)], { env })
  medusa.on("exit", (code) => {
    if (!stopping) {
      log(`medusa develop exited (${code})`)
      stop("exit")
    }
  })

  // the shop pages build while Medusa boots; without them the rest still runs
  const storefrontBuilt = buildStorefrontIfStale(log).then(
    () => true,
    (error) => log(`${error.message}: shop pages not started`)
  )
  await waitForHttp(`http://localhost:${port}/health`, { timeoutMs: 300000 })
  if (await storefrontBuilt) {
    storefront = await startStorefront(env, {
      backendUrl: `http://localhost:${port}`,
      publishableKey: summary.publishable_key ?? "",
      log,
    })
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  console.log(
    [
      "",
      `[bazaar] ready in ${seconds} s`,
      `[bazaar]   admin:            http://localhost:${port}/app`,
      `[bazaar]   admin login:      ${admin.email} / ${admin.password}`,
      `[bazaar]   publishable key:  ${summary.publishable_key ?? "(none)"}`,
      summary.demo_phone_login
        ? `[bazaar]   phone login:      ${summary.demo_phone_login.phone}, code ${summary.demo_phone_login.code} (test number: no SMS; also the demo seller)`
        : null,
      summary.demo_shop_handles?.length
        ? `[bazaar]   demo shops:       ${summary.demo_shop_handles.map((h) => `GET /store/shops/${h}/catalog`).join(", ")}`
        : null,
      storefront && summary.demo_shop_handles?.length
        ? `[bazaar]   shop page:        ${storefrontAddress(env).origin}/${summary.demo_shop_handles[0]}`
        : null,
      ...services.lines.map((line) => `[bazaar]   ${line}`),
      `[bazaar]   health:           http://localhost:${port}/health`,
      postgres ? `[bazaar]   database:         ${env.DATABASE_URL}` : null,
      "[bazaar] Ctrl-C stops everything.",
      "",
    ]
      .filter((line) => line !== null)
      .join("\n")
  )
}

main().catch((error) => {
  console.error(`[bazaar] ${error.message}`)
  process.exit(1)
})
