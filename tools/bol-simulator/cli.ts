import { BolSimulatorError } from "./errors"
import { LIMIT_GROUPS } from "./rate-limits"
import { startBolSimulator, type SimSettings } from "./server"

/**
 * `npm run sim:bol [-- --flags]`: a local bol.com Retailer API for demos.
 * Flags (or environment variables):
 *   --port N            BOL_SIM_PORT            default 4020 (0 = any free port)
 *   --host H            BOL_SIM_HOST            default 127.0.0.1
 *   --fbr N             BOL_SIM_SHIPMENTS_FBR   FBR shipments, default 1000
 *   --fbb N             BOL_SIM_SHIPMENTS_FBB   FBB shipments, default 500
 *   --orders N          BOL_SIM_ORDERS          default 200
 *   --returns N         BOL_SIM_RETURNS         default 100
 *   --speed-up N        BOL_SIM_SPEED_UP        divides rate-limit windows and delays, default 1
 *   --seed N            BOL_SIM_SEED            PRNG seed, default 1
 *   --token-ttl N       BOL_SIM_TOKEN_TTL       seconds, default 299
 *   --client-id S       BOL_CLIENT_ID           default: the seed's demo client
 *   --client-secret S   BOL_CLIENT_SECRET
 *   --omit-retry-after  BOL_SIM_OMIT_RETRY_AFTER=1
 *   --reset-style S     BOL_SIM_RESET_STYLE     X-RateLimit-Reset: relative (default) or epoch
 *   --bare-rate-limited BOL_SIM_BARE_RATE_LIMITED=1  429 without Retry-After and X-RateLimit-* headers
 *   --no-retry-hint     BOL_SIM_NO_RETRY_HINT=1  429 body without "retry in N seconds"
 *   --stale-list-status BOL_SIM_STALE_LIST_STATUS=1  order lists say OPEN for every item
 *   --thin-details      BOL_SIM_THIN_DETAILS=1  shipment details without shipmentItems[].fulfilment
 *   --quiet             BOL_SIM_QUIET=1         do not log each request
 */
const FLAG_ENV: Record<string, string> = {
  port: "BOL_SIM_PORT",
  host: "BOL_SIM_HOST",
  fbr: "BOL_SIM_SHIPMENTS_FBR",
  fbb: "BOL_SIM_SHIPMENTS_FBB",
  orders: "BOL_SIM_ORDERS",
  returns: "BOL_SIM_RETURNS",
  "speed-up": "BOL_SIM_SPEED_UP",
  seed: "BOL_SIM_SEED",
  "token-ttl": "BOL_SIM_TOKEN_TTL",
  "client-id": "BOL_CLIENT_ID",
  "client-secret": "BOL_CLIENT_SECRET",
  "omit-retry-after": "BOL_SIM_OMIT_RETRY_AFTER",
  "reset-style": "BOL_SIM_RESET_STYLE",
  "bare-rate-limited": "BOL_SIM_BARE_RATE_LIMITED",
  "no-retry-hint": "BOL_SIM_NO_RETRY_HINT",
  "stale-list-status": "BOL_SIM_STALE_LIST_STATUS",
  "thin-details": "BOL_SIM_THIN_DETAILS",
  quiet: "BOL_SIM_QUIET",
}
const BOOLEAN_FLAGS = new Set(["omit-retry-after", "bare-rate-limited", "no-retry-hint", "stale-list-status", "thin-details", "quiet"])

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [flag, name] of Object.entries(FLAG_ENV)) {
    if (env[name] !== undefined && env[name] !== "") {
      values[flag] = env[name] as string
    }
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith("--")) {
      throw new BolSimulatorError(`unexpected argument ${arg}`)
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s)
    if (!(flag in FLAG_ENV)) {
      throw new BolSimulatorError(`unknown flag --${flag} (known: ${Object.keys(FLAG_ENV).map((f) => `--${f}`).join(" ")})`)
    }
    if (BOOLEAN_FLAGS.has(flag)) {
      values[flag] = inline ?? "1"
    } else if (inline !== undefined) {
      values[flag] = inline
    } else if (i + 1 < argv.length) {
      values[flag] = argv[++i]
    } else {
      throw new BolSimulatorError(`--${flag} needs a value`)
    }
  }
  return values
}

function count(values: Record<string, string>, flag: string, fallback: number): number {
  const raw = values[flag]
  if (raw === undefined) {
    return fallback
  }
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) {
    throw new BolSimulatorError(`--${flag} must be a number >= 0 (got ${raw})`)
  }
  return value
}

/** The switched-on settings that reproduce quirks of real bol answers. */
function quirks(settings: SimSettings): string[] {
  return [
    settings.resetStyle === "epoch" ? "X-RateLimit-Reset as epoch seconds" : "",
    settings.bareRateLimited ? "bare 429s" : "",
    settings.problemRetryHint ? "" : "429 body without a wait",
    settings.staleListStatus ? "stale order-list status" : "",
    settings.thinDetails ? "shipment details without fulfilment" : "",
  ].filter(Boolean)
}

const truthy = (value: string | undefined) => value !== undefined && !["0", "false", "no", ""].includes(value.toLowerCase())

async function main() {
  const values = parseArgs(process.argv.slice(2), process.env)
  const quiet = truthy(values.quiet)
  const clientId = values["client-id"]
  const clientSecret = values["client-secret"]
  if ((clientId === undefined) !== (clientSecret === undefined)) {
    throw new BolSimulatorError("give both --client-id and --client-secret, or neither")
  }
  const resetStyle = values["reset-style"] ?? "relative"
  if (resetStyle !== "relative" && resetStyle !== "epoch") {
    throw new BolSimulatorError(`--reset-style must be relative or epoch (got ${resetStyle})`)
  }
  const started = Date.now()
  const sim = await startBolSimulator({
    port: count(values, "port", 4020),
    host: values.host ?? "127.0.0.1",
    seed: {
      shipments: { FBR: count(values, "fbr", 1000), FBB: count(values, "fbb", 500) },
      orders: count(values, "orders", 200),
      returns: count(values, "returns", 100),
    },
    randomSeed: count(values, "seed", 1),
    speedUp: count(values, "speed-up", 1) || 1,
    tokenTtlSeconds: count(values, "token-ttl", 299),
    omitRetryAfter: truthy(values["omit-retry-after"]),
    resetStyle,
    bareRateLimited: truthy(values["bare-rate-limited"]),
    problemRetryHint: !truthy(values["no-retry-hint"]),
    staleListStatus: truthy(values["stale-list-status"]),
    thinDetails: truthy(values["thin-details"]),
    ...(clientId && clientSecret ? { clients: [{ clientId, clientSecret, name: "Bazaar demo" }] } : {}),
    log: quiet ? undefined : (line) => console.log(line),
  })
  const counts = sim.data.counts()
  const limits = sim.limits()
  const client = sim.clients[0]
  console.log(
    [
      `bol.com Retailer API v10 simulator listening on ${sim.url} (data generated in ${Date.now() - started} ms)`,
      `  token URL:     POST ${sim.tokenUrl}  (grant_type=client_credentials; HTTP Basic auth with the credentials below)`,
      `  API base:      ${sim.url}  (/retailer/..., /shared/process-status/...; /retailer-demo and /shared-demo work too)`,
      `  client id:     ${client.clientId}`,
      `  client secret: ${client.clientSecret}`,
      `  data:          shipments FBR ${counts.shipments.FBR}, FBB ${counts.shipments.FBB}; orders ${counts.orders}; returns ${counts.returns}`,
      `  rate limits:   ${LIMIT_GROUPS.map((group) => {
        const spec = limits[group]
        return `${group} ${spec ? `${spec.maxCapacity}/${spec.timeToLive} ${spec.timeUnit.toLowerCase()}` : "off"}`
      }).join(", ")}${sim.settings.omitRetryAfter ? " (429 without Retry-After)" : ""}`,
      ...(quirks(sim.settings).length > 0 ? [`  bol quirks:    ${quirks(sim.settings).join(", ")}`] : []),
      `  speed-up:      ${count(values, "speed-up", 1) || 1} (the limits as JSON: GET ${sim.url}/retailer/public/ratelimits)`,
    ].join("\n")
  )
  const stop = () => {
    console.log(`stopping; served ${sim.stats.requests} requests, ${sim.stats.rateLimitViolations} rate-limit violations`)
    sim.close().then(() => process.exit(0), () => process.exit(1))
  }
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`bol simulator: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
