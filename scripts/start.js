#!/usr/bin/env node
// `npm start`: the production path. Builds (when there is no build yet, or
// with --build), applies migrations, and starts the built server from
// .medusa/server. Needs DATABASE_URL; NODE_ENV defaults to production, which
// also makes medusa-config demand JWT_SECRET and COOKIE_SECRET.
const { existsSync } = require("fs")
const { resolve } = require("path")
const { loadEnv } = require("@medusajs/framework/utils")
const { ROOT, runMedusa, startMedusa, signalGroup, serverV8Flags } = require("./lib/medusa-cli")

process.env.NODE_ENV = process.env.NODE_ENV || "production"
loadEnv(process.env.NODE_ENV, ROOT)

async function main() {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. npm start is the production path; use npm run dev for the zero-config start."
    )
  }
  const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
  const serverDir = resolve(ROOT, ".medusa", "server")
  if (process.argv.includes("--build") || !existsSync(resolve(serverDir, "package.json"))) {
    await runMedusa(["build"], { env })
  }
  await runMedusa(["db:migrate"], { env })

  const server = startMedusa(["start"], { env, cwd: serverDir, v8Flags: serverV8Flags(env) })
  const stop = (signal) => signalGroup(server, signal)
  process.on("SIGINT", () => stop("SIGINT"))
  process.on("SIGTERM", () => stop("SIGTERM"))
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

main().catch((error) => {
  console.error(`[bazaar] ${error.message}`)
  process.exit(1)
})
