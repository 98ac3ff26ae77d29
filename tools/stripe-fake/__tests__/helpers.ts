import Stripe from "stripe"
import { startStripeFake, type StripeFake, type StripeFakeOptions } from "../server"

/** A manual clock: tests move time, never wait for it. */
export function manualClock(start = Date.UTC(2026, 0, 15, 10, 0, 0)) {
  let now = start
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

/** Starts a fake per test file and a real `stripe` SDK client pointed at it. */
export function useStripeFake(options: StripeFakeOptions = {}) {
  const ctx = {} as { fake: StripeFake; stripe: Stripe; publishable: Stripe }
  beforeAll(async () => {
    ctx.fake = await startStripeFake(options)
    const connection = { host: "localhost", port: ctx.fake.port, protocol: "http" as const, maxNetworkRetries: 0 }
    ctx.stripe = new Stripe(ctx.fake.secretKey, connection)
    ctx.publishable = new Stripe(ctx.fake.publishableKey, connection)
  })
  afterAll(async () => {
    await ctx.fake.stop()
  })
  return ctx
}
