import type { Route } from "./routes/types"

export type RouteMatch = { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined

type Compiled = { route: Route; pattern: RegExp; names: string[] }

/** Matches "METHOD /path" against route templates with {name} segments. */
export class Router {
  private readonly compiled: Compiled[]

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = []
      const source = route.template
        .split("/")
        .map((segment) => {
          const param = /^\{(.+)\}$/.exec(segment)
          if (param) {
            names.push(param[1])
            return "([^/]+)"
          }
          return segment.replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        })
        .join("/")
      return { route, pattern: new RegExp(`^${source}$`), names }
    })
  }

  /** The route and its path parameters; `{allowed}` when only the method is wrong. */
  match(method: string, path: string): RouteMatch {
    const allowed: string[] = []
    for (const { route, pattern, names } of this.compiled) {
      const found = pattern.exec(path)
      if (!found) {
        continue
      }
      if (route.method !== method) {
        allowed.push(route.method)
        continue
      }
      const params: Record<string, string> = {}
      names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1])
      })
      return { route, params }
    }
    return allowed.length > 0 ? { allowed } : undefined
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
