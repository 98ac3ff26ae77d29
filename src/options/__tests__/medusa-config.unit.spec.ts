import { join } from "path"

type LoadedConfig = {
  projectConfig: { workerMode?: string; redisUrl?: string }
  modules: Record<string, { resolve?: string; options?: unknown }>
}

const CONFIG_PATH = join(__dirname, "..", "..", "..", "medusa-config.ts")

function loadConfig(env: Record<string, string | undefined>): LoadedConfig {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
  }
  try {
    let config: LoadedConfig | undefined
    jest.isolateModules(() => {
      config = require(CONFIG_PATH)
    })
    return config as LoadedConfig
  } finally {
    process.env = saved
  }
}

describe("medusa-config.ts", () => {
  it("keeps Medusa's in-memory infrastructure without REDIS_URL", () => {
    const config = loadConfig({ REDIS_URL: undefined })
    const resolves = JSON.stringify(config.modules)
    expect(resolves).not.toContain("redis")
    expect(config.modules.bazaar?.resolve).toBe("./src/modules/bazaar")
  })

  it("registers Medusa's Caching module on its in-memory provider without REDIS_URL", () => {
    const config = loadConfig({ REDIS_URL: undefined })
    expect(config.modules.caching).toEqual({
      resolve: "@medusajs/medusa/caching",
      options: { in_memory: { enable: true } },
    })
  })

  it("moves event bus, workflow engine, locking and caching to Redis with REDIS_URL", () => {
    const redisUrl = "redis://127.0.0.1:6399"
    const config = loadConfig({ REDIS_URL: redisUrl })
    expect(config.projectConfig.redisUrl).toBe(redisUrl)
    expect(config.modules.event_bus?.resolve).toBe(
      "@medusajs/medusa/event-bus-redis"
    )
    expect(config.modules.workflows?.resolve).toBe(
      "@medusajs/medusa/workflow-engine-redis"
    )
    expect(JSON.stringify(config.modules.locking)).toContain(
      "@medusajs/medusa/locking-redis"
    )
    expect(JSON.stringify(config.modules.caching)).toContain(
      "@medusajs/medusa/caching-redis"
    )
    expect(JSON.stringify(config.modules)).toContain(redisUrl)
  })

  it("honours MEDUSA_WORKER_MODE", () => {
    expect(loadConfig({ MEDUSA_WORKER_MODE: "worker" }).projectConfig.workerMode).toBe("worker")
    expect(loadConfig({ MEDUSA_WORKER_MODE: undefined }).projectConfig.workerMode).toBe("shared")
  })

  it("refuses an unknown MEDUSA_WORKER_MODE", () => {
    expect(() => loadConfig({ MEDUSA_WORKER_MODE: "both" })).toThrow(
      /MEDUSA_WORKER_MODE must be shared, worker or server \(got "both"\)/
    )
  })

  it("refuses to run in production without secrets", () => {
    expect(() =>
      loadConfig({ NODE_ENV: "production", JWT_SECRET: undefined, COOKIE_SECRET: "x" })
    ).toThrow(/JWT_SECRET must be set when NODE_ENV=production/)
  })
})
