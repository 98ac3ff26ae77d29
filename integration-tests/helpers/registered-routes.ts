import { existsSync } from "fs"
import { Server } from "http"
import { join } from "path"

export type RegisteredRoute = { method: string; path: string }

/**
 * The routes the running app answers, read from the Express app behind the
 * HTTP server listening on `port` (the one medusaIntegrationTestRunner
 * started in this process), so that a new route is seen without being listed.
 */
export function registeredRoutes(port: number): RegisteredRoute[] {
  const handles: unknown[] = (process as any)._getActiveHandles()
  const server = handles.find(
    (handle): handle is Server => handle instanceof Server && (handle.address() as any)?.port === port
  )
  const app = server?.listeners("request")[0] as any
  if (!app?._router) {
    throw new Error(`No Express app is listening on port ${port} in this process`)
  }
  // route-level middlewares are Express routes too: one entry per method and path
  const routes = new Map<string, RegisteredRoute>()
  for (const layer of app._router.stack as any[]) {
    if (!layer.route || typeof layer.route.path !== "string") continue
    for (const method of Object.keys(layer.route.methods)) {
      routes.set(`${method} ${layer.route.path}`, { method: method.toUpperCase(), path: layer.route.path })
    }
  }
  return [...routes.values()]
}

/** Whether a registered route is one of Bazaar's own (it has a route file under src/api). */
export function isBazaarRoute(route: RegisteredRoute): boolean {
  const segments = route.path
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment.startsWith(":") ? `[${segment.slice(1)}]` : segment))
  return existsSync(join(__dirname, "../../src/api", ...segments, "route.ts"))
}
