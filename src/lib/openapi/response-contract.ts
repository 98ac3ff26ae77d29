import { MedusaError } from "@medusajs/framework/utils"
import type { OpenApiDocument } from "./build-document"
import type { JsonSchema } from "./json-schema"
import { pathMatcher } from "./paths"

/** What the document promises for one answer of one request. */
export type ResponseExpectation =
  | { kind: "outside" }
  | { kind: "undocumented"; reason: string }
  | { kind: "documented"; operation: string; contentType?: string; schema?: JsonSchema }

/** Follows a local `$ref` (`#/components/…`) to what it points at. */
export function resolveLocalRef<T = Record<string, any>>(document: OpenApiDocument, value: T): T {
  const ref = (value as { $ref?: unknown })?.$ref
  if (typeof ref !== "string" || !ref.startsWith("#/")) return value
  const target = ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<any>((node, part) => node?.[part], document)
  if (target === undefined) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${ref} points at nothing in the document`)
  return resolveLocalRef(document, target as T)
}

/**
 * Returns a function that tells what `document` promises for an answer:
 * `outside` for paths it does not describe (Medusa's own routes),
 * `undocumented` for a method or status the operation does not list.
 */
export function responseExpectations(document: OpenApiDocument) {
  const match = pathMatcher(Object.keys(document.paths ?? {}))
  return (method: string, requestPath: string, status: number): ResponseExpectation => {
    const path = match(requestPath)
    if (!path) return { kind: "outside" }
    const name = `${method.toUpperCase()} ${path}`
    const operation = document.paths[path][method.toLowerCase()]
    if (!operation) return { kind: "undocumented", reason: `${name} has no operation in the document` }
    const responses = operation.responses ?? {}
    const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
    if (!declared) {
      return { kind: "undocumented", reason: `${name} answered ${status}, which its operation does not list (${Object.keys(responses).join(", ")})` }
    }
    const response = resolveLocalRef(document, declared)
    const [contentType, media] = Object.entries((response.content ?? {}) as Record<string, { schema?: JsonSchema }>)[0] ?? []
    if (!contentType) return { kind: "documented", operation: name }
    return { kind: "documented", operation: name, contentType, schema: resolveLocalRef(document, media?.schema ?? {}) }
  }
}
