import { ManualClock } from "../../__tests__/manual-clock"
import type { BolConnections } from "../../client/connections"
import { AccountClients } from "../account-clients"

const account = {
  accountId: "bolacc_1",
  clientId: "client-1",
  clientSecret: "secret",
  apiBaseUrl: "http://bol",
  tokenUrl: "http://bol/token",
}

describe("AccountClients on a manual clock", () => {
  const connections = {
    limiterFor: () => ({ limitOf: () => ({ maxCapacity: 25, windowMs: 1_000 }) }),
    clientFor: () => ({}),
  } as unknown as BolConnections

  it("keeps a loaded account for exactly a minute", async () => {
    const clock = new ManualClock(0)
    const clients = new AccountClients(connections, clock)
    const load = jest.fn(async () => account)

    const first = await clients.get("bolacc_1", load)
    expect(first.intervalMs("shipmentDetail")).toBe(40)
    await clock.advance(59_999)
    expect(await clients.get("bolacc_1", load)).toBe(first)
    expect(load).toHaveBeenCalledTimes(1)
    await clock.advance(1)
    expect(await clients.get("bolacc_1", load)).not.toBe(first)
    expect(load).toHaveBeenCalledTimes(2)

    clients.forget("bolacc_1")
    await clients.get("bolacc_1", load)
    expect(load).toHaveBeenCalledTimes(3)
  })
})
