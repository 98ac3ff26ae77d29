import { startBolSimulator, type BolSimulator, type BolSimulatorOptions } from "../../../../../tools/bol-simulator"
import { BolClient, type BolClientOptions } from "../client"
import type { BolCredentials } from "../token-provider"

export type { BolSimulator }

/** A simulator with little data, unless the test asks for more. */
export function startSimulator(options: BolSimulatorOptions = {}): Promise<BolSimulator> {
  return startBolSimulator({ seed: { shipments: { FBR: 60, FBB: 20 }, orders: 10, returns: 6 }, ...options })
}

export function credentialsOf(sim: BolSimulator, accountId = "bolacc_test", client = sim.clients[0]): BolCredentials {
  return { accountId, clientId: client.clientId, clientSecret: client.clientSecret, tokenUrl: sim.tokenUrl }
}

export function clientFor(sim: BolSimulator, options: Partial<BolClientOptions> = {}): BolClient {
  return new BolClient({ credentials: credentialsOf(sim), apiBaseUrl: sim.url, ...options })
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error("expected the promise to reject")
}
