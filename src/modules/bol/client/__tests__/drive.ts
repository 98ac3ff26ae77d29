import { systemClock, type Clock } from "../clock"
import { ManualClock } from "../../__tests__/manual-clock"
import type { BolClient } from "../client"
import type { BolRateLimiter } from "../limiter"

/**
 * Fetches every shipment detail the way the sync engine will: a few workers
 * ask the limiter for a slot without blocking, wait the hinted time when
 * refused, and send with the slot they got. Returns the time it took on
 * `clock`: exact with a `ManualClock` (the workers run as a discrete-event
 * simulation, time moving only while all of them wait).
 */
export async function fetchDetailsThroughLimiter(
  limiter: BolRateLimiter,
  client: BolClient,
  ids: string[],
  workers = 4,
  clock: Clock = systemClock
): Promise<number> {
  const started = clock.now()
  let next = 0
  const worker = async () => {
    for (let index = next++; index < ids.length; index = next++) {
      for (;;) {
        const slot = await limiter.tryAcquire("shipmentDetail")
        if (slot.ok) {
          break
        }
        await clock.sleep(slot.retryInMs)
      }
      await client.detail("shipments", ids[index])
    }
  }
  const tasks = Array.from({ length: workers }, () => worker)
  await (clock instanceof ManualClock ? clock.run(tasks) : Promise.all(tasks.map((task) => task())))
  return clock.now() - started
}
