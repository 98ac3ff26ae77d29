import { z } from "@medusajs/framework/zod"

/** A point in time as JSON carries it (ISO 8601). */
export const timestamp = z.string().meta({ format: "date-time" })

/** An amount in the currency's main unit (Medusa's BigNumber as a number); null when Medusa has none. */
export const amount = z.number().nullable()

/** The paging fields of a list answer. */
export const page = { count: z.number().int(), limit: z.number().int(), offset: z.number().int() }

/** The answer of a delete: what was deleted. */
export const deleted = (object: string) => z.object({ id: z.string(), object: z.literal(object), deleted: z.literal(true) })
