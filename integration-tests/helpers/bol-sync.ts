import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { BolSimulator } from "../../tools/bol-simulator"
import { BOL_MODULE } from "../../src/modules/bol"
import type BolModuleService from "../../src/modules/bol/service"
import { startBolSyncWorkflow } from "../../src/workflows/bol-sync/start-bol-sync"
import { BOL_SYNC_DETAIL_BATCH_EVENT, BOL_SYNC_LIST_PAGE_EVENT } from "../../src/modules/bol"

/** The simulator's speed-up, and the same scale for the app's rate limits. */
export const SYNC_SPEED_UP = 100

/** Environment of the sync specs: bol's limits scaled to the simulator, fast retries. */
export const SYNC_ENV = {
  BAZAAR_BOL_ENCRYPTION_KEY: "22".repeat(32),
  BAZAAR_BOL_RATE_LIMIT_SCALE: String(SYNC_SPEED_UP),
  BAZAAR_BOL_SYNC_RETRY_BASE_MS: "50",
}

export const bolService = (container: MedusaContainer) => container.resolve<BolModuleService>(BOL_MODULE)

let accounts = 0

/** An account whose bol.com is the simulator (or, with `apiBaseUrl`, a proxy in front of it). */
export async function simulatorAccount(
  container: MedusaContainer,
  sim: BolSimulator,
  options: { resources?: ("shipments" | "orders" | "returns")[]; apiBaseUrl?: string; client?: number } = {}
) {
  const client = sim.clients[options.client ?? 0]
  accounts += 1
  return bolService(container).createAccount({
    shop_id: `shop_sync_${accounts}`,
    label: "bol.com sync test",
    client_id: client.clientId,
    client_secret: client.clientSecret,
    api_base_url: options.apiBaseUrl ?? sim.url,
    token_url: sim.tokenUrl,
    resources: options.resources ?? ["shipments"],
  })
}

export async function startSync(container: MedusaContainer, accountId: string, resource = "shipments") {
  const { result } = await startBolSyncWorkflow(container).run({
    input: { account_id: accountId, resource, trigger: "manual" },
  })
  return result
}

/** Polls the run row until the run has ended. */
export async function waitForRun(container: MedusaContainer, runId: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const run = await bolService(container).retrieveBolSyncRun(runId)
    if (run.status !== "running") {
      return run
    }
    if (Date.now() > deadline) {
      throw new Error(`run ${runId} still running after ${timeoutMs} ms: ${JSON.stringify(run)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Waits until `condition` holds (polled). */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000, what = "condition") {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

export async function syncAndWait(container: MedusaContainer, accountId: string, resource = "shipments") {
  const { run } = await startSync(container, accountId, resource)
  return waitForRun(container, run.id)
}

/**
 * Puts this process's sync subscribers behind a switch, to play a worker that
 * dies: after `kill()` every unit delivered is dropped (its queued and delayed
 * units vanish with it), and `settled()` waits for the units it was working on
 * when it died. `revive({ except })` takes units again, but never those of the
 * runs in `except` (the dead worker's own timers died with it). `restore()`
 * puts the original subscribers back.
 */
export function controllableSyncWorker(container: MedusaContainer) {
  const eventBus = container.resolve(Modules.EVENT_BUS) as any
  let dead = false
  let skipRuns = new Set<string>()
  let working = 0
  let onIdle: (() => void) | undefined
  const swapped = [BOL_SYNC_LIST_PAGE_EVENT, BOL_SYNC_DETAIL_BATCH_EVENT].map((event) => {
    const descriptor = (eventBus.eventToSubscribersMap.get(event) ?? []).find((d: any) => d.id.startsWith("bol-sync-"))
    if (!descriptor) {
      throw new Error(`no bol sync subscriber for ${event}`)
    }
    const wrapper = async (message: { data?: { run_id?: string } }) => {
      if (dead || skipRuns.has(message.data?.run_id ?? "")) return
      working += 1
      try {
        return await descriptor.subscriber(message)
      } finally {
        working -= 1
        if (working === 0) onIdle?.()
      }
    }
    eventBus.unsubscribe(event, descriptor.subscriber, { subscriberId: descriptor.id })
    eventBus.subscribe(event, wrapper, { subscriberId: descriptor.id })
    return { event, descriptor, wrapper }
  })
  return {
    kill() {
      dead = true
    },
    settled: () => new Promise<void>((resolve) => (working === 0 ? resolve() : (onIdle = resolve))),
    revive({ except = [] }: { except?: string[] } = {}) {
      skipRuns = new Set(except)
      dead = false
    },
    restore() {
      for (const { event, descriptor, wrapper } of swapped) {
        eventBus.unsubscribe(event, wrapper, { subscriberId: descriptor.id })
        eventBus.subscribe(event, descriptor.subscriber, { subscriberId: descriptor.id })
      }
    },
  }
}
