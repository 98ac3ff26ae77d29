import { Modules } from "@medusajs/framework/utils"

/** One entry of medusa-config's `modules` list. */
export type ModuleEntry = {
  key?: string
  resolve: string
  options?: Record<string, unknown>
  dependencies?: string[]
}

/**
 * Medusa's Caching module on its in-memory provider. Medusa registers no
 * Caching module by default, and Bazaar's buyer answers (shop, catalog) are
 * cached through it.
 */
const inMemoryCaching: ModuleEntry = {
  key: Modules.CACHING,
  resolve: "@medusajs/medusa/caching",
  options: { in_memory: { enable: true } },
}

/**
 * Medusa's infrastructure modules for the app. With a Redis URL the event bus,
 * workflow engine, locking and caching all move to Redis so that several
 * server and worker processes share one state; without one Medusa's
 * in-memory defaults are kept (single process, development and tests), plus
 * the Caching module in memory.
 */
export function infrastructureModules(redisUrl?: string): ModuleEntry[] {
  if (!redisUrl) {
    return [inMemoryCaching]
  }
  return [
    {
      key: Modules.EVENT_BUS,
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
    },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}
