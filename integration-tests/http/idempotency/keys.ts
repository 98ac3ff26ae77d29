import { randomUUID } from "crypto"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/** A fresh key, sent as the draft's sf-string (quoted). */
export const newKey = () => randomUUID()
export const keyHeader = (key: string) => ({ "idempotency-key": `"${key}"` })

/** Runs SQL against the app's database (to count rows, or to age a key instead of waiting). */
export async function sql(container: MedusaContainer, text: string, bindings: string[] = []): Promise<any[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await pg.raw(text, bindings)
  return result.rows
}
