import { z } from "@medusajs/framework/zod"

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) as a plain object. */
export type JsonSchema = Record<string, unknown>

function convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    // refinements and transforms have no JSON Schema; what they accept is told in the description
    unrepresentable: "any",
    override: (ctx) => {
      // dates travel as ISO 8601 text in JSON bodies and query strings
      if ((ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def.type === "date") {
        ctx.jsonSchema.type = "string"
        ctx.jsonSchema.format = "date-time"
      }
    },
  }) as JsonSchema
  delete converted.$schema
  return converted
}

/** What a route's zod validator accepts, as JSON Schema: the request side (defaults are optional). */
export function requestSchemaOf(schema: z.ZodType): JsonSchema {
  return convert(schema, "input")
}

/** What a response schema promises, as JSON Schema: objects refuse undeclared fields unless declared loose. */
export function responseSchemaOf(schema: z.ZodType): JsonSchema {
  return convert(schema, "output")
}
