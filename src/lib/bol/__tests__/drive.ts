import type { BolClient } from "../client"
import type { BolRateLimiter } from "../limiter"
import { sleep } from "./simulator"

/**
 * Fetches every shipment detail the way the sync engine will: a few workers
 * ask the limiter for a slot without blocking, wait the hinted time when
 * refused, and send with the slot they got. Returns the elapsed time.
 */
export async function fetchDetailsThroughLimiter(
  limiter: BolRateLimiter,
  client: BolClient,
  ids: string[],
  workers = 4
): Promise<number> {
  const started = Date.now()
  let next = 0
  const worker = async () => {
    for (let index = next++; index < ids.length; index = next++) {
      for (;;) {
        const slot = await limiter.tryAcquire("shipmentDetail")
        if (slot.ok) {
          break
        }
        await sleep(slot.retryInMs)
      }
      await client.detail("shipments", ids[index])
    }
  }
  await Promise.all(Array.from({ length: workers }, worker))
  return Date.now() - started
}
