/** Express's `/seller/shops/:id` as OpenAPI's `/seller/shops/{id}`. */
export function openApiPathOf(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, "{$1}")
}

/** The path parameters of an OpenAPI path, in order. */
export function pathParameterNames(openApiPath: string): string[] {
  return [...openApiPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])
}

/** The route path of a route folder under src/api (`["seller", "shops", "[id]"]` → `/seller/shops/:id`), as Medusa derives it. */
export function routePathOfFolder(segments: string[]): string {
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, ":$1")).join("/")}`
}

type PathMatcher = { path: string; pattern: RegExp; literals: number }

/**
 * Finds which of `paths` (OpenAPI templates) a request path falls under;
 * a literal segment wins over a parameter, as Medusa orders its routes.
 */
export function pathMatcher(paths: string[]): (requestPath: string) => string | null {
  const matchers: PathMatcher[] = paths
    .map((path) => {
      const segments = path.split("/").filter(Boolean)
      const source = segments
        .map((segment) => (/^\{.+\}$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/")
      return { path, pattern: new RegExp(`^/${source}/?$`), literals: segments.filter((s) => !s.startsWith("{")).length }
    })
    .sort((a, b) => b.literals - a.literals)
  return (requestPath) => matchers.find((matcher) => matcher.pattern.test(requestPath))?.path ?? null
}
