import { Modules } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"

export type InfrastructureReport = {
  worker_mode: string
  event_bus: "redis" | "in-memory"
  workflow_engine: "redis" | "in-memory"
  locking: "redis" | "in-memory"
  caching: "redis" | "in-memory"
}

function usesRedis(config: ConfigModule, key: string): boolean {
  const entry = (config.modules ?? {})[key]
  return JSON.stringify(entry ?? "").includes("redis")
}

function kind(config: ConfigModule, key: string): "redis" | "in-memory" {
  return usesRedis(config, key) ? "redis" : "in-memory"
}

/** Which of Medusa's infrastructure modules run on Redis in this process. */
export function reportInfrastructure(config: ConfigModule): InfrastructureReport {
  return {
    worker_mode: config.projectConfig.workerMode ?? "shared",
    event_bus: kind(config, Modules.EVENT_BUS),
    workflow_engine: kind(config, Modules.WORKFLOW_ENGINE),
    locking: kind(config, Modules.LOCKING),
    caching: kind(config, Modules.CACHING),
  }
}
