import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../helpers/admin"
import { useEnv } from "../../helpers/env"

// Boots the app with REDIS_URL (the machine's Redis, or TEST_REDIS_URL) to
// prove that medusa-config's Redis modules load and run, not only that the
// configuration names them.
jest.setTimeout(120 * 1000)

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

useEnv({ REDIS_URL: redisUrl, MEDUSA_WORKER_MODE: "shared" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
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
        const locking = getContainer().resolve("locking")
        const order: string[] = []
        await Promise.all([
          locking.execute("bazaar-test-lock", async () => {
            order.push("a:start")
            await new Promise((r) => setTimeout(r, 200))
            order.push("a:end")
          }),
          new Promise((r) => setTimeout(r, 20)).then(() =>
            locking.execute("bazaar-test-lock", async () => {
              order.push("b:start")
              order.push("b:end")
            })
          ),
        ])
        expect(order).toEqual(["a:start", "a:end", "b:start", "b:end"])
      })
    })
  },
})
