/**
 * Sets `vars` in process.env and returns a function that puts back what was
 * there before (unset variables are deleted again).
 */
export function setEnv(vars: Record<string, string>): () => void {
  const saved = Object.keys(vars).map((key) => [key, process.env[key]] as const)
  Object.assign(process.env, vars)
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

/**
 * Sets environment variables for one spec file, before the app boots.
 * medusaIntegrationTestRunner's own `env` option is applied after
 * medusa-config is loaded, so it cannot change the configuration; call this
 * before medusaIntegrationTestRunner so its beforeAll runs first.
 */
export function useEnv(vars: Record<string, string>): void {
  let restore = () => {}
  beforeAll(() => {
    restore = setEnv(vars)
  })
  afterAll(() => restore())
}
