// A second process spending a bol client's detail budget through Redis, as
// another worker would: `node -r ts-node/register/transpile-only <this file>`
// with COMPETITOR_* variables. Prints "ready" once connected, waits for a line
// on stdin, then fetches and prints {"fetched":n,"refusals":n}.
import { BolConnections } from "../../src/modules/bol/client/connections"
import { BolRateLimitedError } from "../../src/modules/bol/client/errors"
import { DEFAULT_GROUP_LIMITS, scaleLimits } from "../../src/modules/bol/client/rate-limit-groups"

async function main() {
  const env = process.env
  const connections = new BolConnections({
    redisUrl: env.COMPETITOR_REDIS_URL,
    keyPrefix: env.COMPETITOR_REDIS_PREFIX,
    limits: scaleLimits(DEFAULT_GROUP_LIMITS, Number(env.COMPETITOR_SCALE)),
  })
  const client = connections.clientFor({
    accountId: "bolacc_competitor",
    clientId: env.COMPETITOR_CLIENT_ID ?? "",
    clientSecret: env.COMPETITOR_CLIENT_SECRET ?? "",
    apiBaseUrl: env.COMPETITOR_API_URL ?? "",
    tokenUrl: env.COMPETITOR_TOKEN_URL ?? "",
  })
  process.stdout.write("ready\n")
  await new Promise((resolve) => process.stdin.once("data", resolve))
  let refusals = 0
  const ids = (env.COMPETITOR_IDS ?? "").split(",").filter(Boolean)
  for (const id of ids) {
    for (;;) {
      try {
        await client.detail("shipments", id)
        break
      } catch (error) {
        if (!(error instanceof BolRateLimitedError)) throw error
        refusals += 1
        await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs))
      }
    }
  }
  await connections.close()
  process.stdout.write(`${JSON.stringify({ fetched: ids.length, refusals })}\n`)
  process.exit(0)
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error))
  process.exit(1)
})
