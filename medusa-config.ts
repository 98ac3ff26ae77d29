import {
  ContainerRegistrationKeys,
  defineConfig,
  loadEnv,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { bazaarOptionsFromEnv } from "./src/options/from-env"
import { infrastructureModules } from "./src/options/infrastructure"
import { invoicesModules } from "./src/options/invoices"
import { messagesModules } from "./src/options/messages"
import { paymentsModules } from "./src/options/payments"
import type { BazaarOptions } from "./src/options/types"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const isProduction = process.env.NODE_ENV === "production"

function secret(name: "JWT_SECRET" | "COOKIE_SECRET" | "BAZAAR_BOL_ENCRYPTION_KEY"): string {
  const value = process.env[name]
  if (value) {
    return value
  }
  if (isProduction) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `${name} must be set when NODE_ENV=production`
    )
  }
  return "bazaar-development-only-secret"
}

/** Outside production the bol module derives a development key (with a warning) when unset. */
function withBolEncryptionKey(options: BazaarOptions): BazaarOptions {
  return isProduction ? { ...options, bol: { ...options.bol, encryptionKey: secret("BAZAAR_BOL_ENCRYPTION_KEY") } } : options
}

type WorkerMode = "shared" | "worker" | "server"

function workerMode(): WorkerMode {
  const mode = process.env.MEDUSA_WORKER_MODE ?? "shared"
  if (mode !== "shared" && mode !== "worker" && mode !== "server") {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `MEDUSA_WORKER_MODE must be shared, worker or server (got "${mode}")`
    )
  }
  return mode
}

const bazaarOptions = bazaarOptionsFromEnv()
const backendUrl =
  process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`

// App mode: Bazaar's own src/ is loaded as the project; its modules are listed
// here (a shop that installs the plugin gets them from the plugin instead).
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    workerMode: workerMode(),
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors:
        process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
      authMethodsPerActor: {
        user: ["emailpass", "phone-otp"],
        customer: ["emailpass", "phone-otp"],
        seller: ["phone-otp"],
      },
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: [
    { resolve: "./src/modules/bazaar", options: bazaarOptions },
    {
      // Medusa's local file storage, serving uploads (product images) from this backend
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${backendUrl}/static` },
          },
        ],
      },
    },
    { resolve: "./src/modules/otp", options: bazaarOptions },
    { resolve: "./src/modules/seller", options: bazaarOptions },
    { resolve: "./src/modules/bol", options: withBolEncryptionKey(bazaarOptions) },
    { resolve: "./src/modules/idempotency", options: bazaarOptions },
    { resolve: "./src/modules/reconcile", options: bazaarOptions },
    { resolve: "./src/modules/deal", options: bazaarOptions },
    {
      // This entry replaces Medusa's default Fulfillment module config, so
      // the manual provider is listed again beside bol.com's.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/providers/bol-fulfillment", id: "bol" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/auth",
      dependencies: [Modules.CACHE, ContainerRegistrationKeys.LOGGER],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          {
            resolve: "./src/providers/phone-otp",
            id: "phone-otp",
            options: { secret: bazaarOptions.otp?.secret },
          },
        ],
      },
    },
    ...paymentsModules(bazaarOptions.payments ?? {}),
    ...invoicesModules(bazaarOptions.invoices ?? {}),
    ...messagesModules(bazaarOptions.messages ?? {}),
    ...infrastructureModules(process.env.REDIS_URL),
  ],
})
