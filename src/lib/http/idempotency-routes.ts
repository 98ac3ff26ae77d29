/**
 * Route templates (`/store/carts/:id`) and request paths, for deciding which
 * requests the Idempotency-Key applies to and which must carry it.
 */

const segmentsOf = (path: string) => path.split("/").filter(Boolean)

/** Whether `path` is a request to the route `template` (Express's matching: case-insensitive, a trailing slash allowed). */
export function matchesRouteTemplate(path: string, template: string): boolean {
  const actual = segmentsOf(path)
  const wanted = segmentsOf(template)
  return actual.length === wanted.length && wanted.every((segment, i) => segmentMatches(actual[i], segment))
}

/** Whether `path` is at or below `prefix` (whole segments; `:name` stands for any one segment). */
export function isUnderRoutePrefix(path: string, prefix: string): boolean {
  const actual = segmentsOf(path)
  const wanted = segmentsOf(prefix)
  return actual.length >= wanted.length && wanted.every((segment, i) => segmentMatches(actual[i], segment))
}

function segmentMatches(actual: string, wanted: string): boolean {
  return wanted.startsWith(":") ? actual.length > 0 : actual.toLowerCase() === wanted.toLowerCase()
}

/** `shops/[id]/products` (a route folder under src/api) → `/shops/:id/products`. */
export function routeTemplateOfFolder(folder: string): string {
  return `/${segmentsOf(folder.replace(/\\/g, "/"))
    .map((segment) => (segment.startsWith("[") && segment.endsWith("]") ? `:${segment.slice(1, -1)}` : segment))
    .join("/")}`
}
