/**
 * Sets environment variables for one spec file, before the app boots.
 * medusaIntegrationTestRunner's own `env` option is applied after
 * medusa-config is loaded, so it cannot change the configuration; call this
 * before medusaIntegrationTestRunner so its beforeAll runs first.
 */
export function useEnv(vars: Record<string, string>): void {
  const saved: Record<string, string | undefined> = {}
  beforeAll(() => {
    for (const [key, value] of Object.entries(vars)) {
      saved[key] = process.env[key]
      process.env[key] = value
    }
  })
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })
}
