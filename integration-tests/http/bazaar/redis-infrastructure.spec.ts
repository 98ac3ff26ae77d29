import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../helpers/admin"
import { useEnv } from "../../helpers/env"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"

// Boots the app with REDIS_URL (the machine's Redis, or TEST_REDIS_URL) to
// prove that medusa-config's Redis modules load and run, not only that the
// configuration names them.
jest.setTimeout(120 * 1000)

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

useEnv({ REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: "shared" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    checkResponsesAgainstContract(api)
    describe("with REDIS_URL", () => {
      it("runs the event bus, workflow engine, locking and caching on Redis", async () => {
        const response = await api.get(
          "/admin/bazaar",
          await adminHeaders(api, getContainer())
        )
        expect(response.data.infrastructure).toEqual({
          worker_mode: "shared",
          event_bus: "redis",
          workflow_engine: "redis",
          locking: "redis",
          caching: "redis",
        })
      })

      it("takes a lock through the Redis locking provider", async () => {
        // No sleeps: while the lock is held, another owner is refused at once; once released, it gets it.
        const locking = getContainer().resolve("locking")
        const other = { ownerId: "bazaar-test-other" }
        const order: string[] = []
        await locking.execute("bazaar-test-lock", async () => {
          order.push("a:start")
          await expect(locking.acquire("bazaar-test-lock", other)).rejects.toThrow(/Failed to acquire lock/)
          order.push("a:end")
        })
        await locking.acquire("bazaar-test-lock", other)
        order.push("b:start")
        await locking.release("bazaar-test-lock", other)
        order.push("b:end")
        expect(order).toEqual(["a:start", "a:end", "b:start", "b:end"])
      })
    })
  },
})
