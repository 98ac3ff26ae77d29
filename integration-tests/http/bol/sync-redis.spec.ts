import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { spawn } from "child_process"
import Redis from "ioredis"
import { resolve } from "path"
import { startBolSimulator, type BolSimulator } from "../../../tools/bol-simulator"
import { SYNC_ENV, SYNC_SPEED_UP, simulatorAccount, syncAndWait } from "../../helpers/bol-sync"
import { useEnv } from "../../helpers/env"

// The sync keeps its rate-limit budgets in Redis while a second process
// spends the same bol client's detail budget through its own Redis
// connections. (Medusa's own modules stay in memory here: with REDIS_URL the
// runner's app leaves Redis handles open and jest never exits; the bench runs
// two Medusa processes on REDIS_URL.)
jest.setTimeout(180 * 1000)

const REDIS_URL = process.env.BAZAAR_TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
const PREFIX = `bazaar-test:bol-sync:${process.pid}:${Date.now()}`
const ROOT = resolve(__dirname, "../../..")

useEnv({ ...SYNC_ENV, BAZAAR_BOL_REDIS_URL: REDIS_URL, BAZAAR_BOL_REDIS_PREFIX: PREFIX })

/**
 * Starts the competitor process; `ready` resolves once it is connected, and
 * `go()` lets it fetch, resolving with what it reports when done.
 */
function startCompetitor(sim: BolSimulator, ids: string[]) {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "integration-tests/helpers/bol-sync-competitor.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_OPTIONS: "",
      COMPETITOR_REDIS_URL: REDIS_URL,
      COMPETITOR_REDIS_PREFIX: PREFIX,
      COMPETITOR_SCALE: String(SYNC_SPEED_UP),
      COMPETITOR_CLIENT_ID: sim.clients[0].clientId,
      COMPETITOR_CLIENT_SECRET: sim.clients[0].clientSecret,
      COMPETITOR_API_URL: sim.url,
      COMPETITOR_TOKEN_URL: sim.tokenUrl,
      COMPETITOR_IDS: ids.join(","),
    },
  })
  let out = ""
  let err = ""
  child.stderr.on("data", (chunk) => (err += chunk))
  const waiting: ((line: string) => void)[] = []
  child.stdout.on("data", (chunk) => {
    out += chunk
    for (let newline = out.indexOf("\n"); newline >= 0; newline = out.indexOf("\n")) {
      const line = out.slice(0, newline)
      out = out.slice(newline + 1)
      waiting.shift()?.(line)
    }
  })
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve)
      child.once("exit", (code) => code !== 0 && reject(new Error(`competitor exited ${code}: ${err}`)))
    })
  const ready = nextLine()
  const report = nextLine()
  return {
    ready,
    go: async () => {
      child.stdin.write("go\n")
      return JSON.parse(await report) as { fetched: number; refusals: number }
    },
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let sim: BolSimulator

    beforeAll(async () => {
      sim = await startBolSimulator({ speedUp: SYNC_SPEED_UP, seed: { shipments: { FBR: 120, FBB: 45 } } })
    })
    afterAll(async () => {
      await sim.close()
      const redis = new Redis(REDIS_URL)
      for (const pattern of [`${PREFIX}*`, `b_${PREFIX}*`]) {
        const keys = await redis.keys(pattern)
        if (keys.length) await redis.del(...keys)
      }
      await redis.quit()
    })

    it("a sync and a second process share one Redis-backed rate-limit budget: no 429, all data", async () => {
      const container = getContainer()
      const account = await simulatorAccount(container, sim)
      const otherIds = sim.data.visibleShipmentIds("FBR").slice(0, 100)
      const competitor = startCompetitor(sim, otherIds)
      expect(await competitor.ready).toBe("ready")

      const [run, report] = await Promise.all([syncAndWait(container, account.id), competitor.go()])

      expect(run).toMatchObject({ status: "succeeded", pages: 6, records: 165, errors: [] })
      expect(report.fetched).toBe(100)
      expect(sim.stats.rateLimitViolations).toBe(0)
      const details = 165 + otherIds.length
      expect(sim.stats.byEndpoint["GET /retailer/shipments/{shipment-id}"]).toBe(details)
      // One bucket of 50 for both, which the simulator enforces: no 429 proves they shared it
      // (no wall-clock bound: the pace of a budget is asserted on a manual clock in limiter.unit.spec.ts).
    })
  },
})
