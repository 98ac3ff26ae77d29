import type BolModuleService from "../../modules/bol/service"
import type { BolClient } from "../../modules/bol/client/client"
import { bolSyncConnections } from "../bol-sync/process-connections"
import { bolSyncSettings } from "../bol-sync/settings"

/**
 * A client for calls made while someone waits (linking an order, shipping
 * it): it waits for a rate-limit slot instead of giving up, and shares the
 * account's token and budget with the sync engine of this process (and,
 * with Redis, of every process).
 */
export async function interactiveBolClient(
  service: BolModuleService,
  accountId: string,
  warn: (message: string) => void
): Promise<BolClient> {
  const shared = bolSyncConnections(bolSyncSettings(), (error) =>
    warn(`bol rate limiter: ${error instanceof Error ? error.message : String(error)}`)
  )
  return shared.connections.clientFor(await service.clientConfig(accountId), { slots: "wait" })
}
