import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Creates a publishable API key and returns the header a storefront sends. */
export async function storeHeaders(
  container: MedusaContainer
): Promise<{ headers: { "x-publishable-api-key": string } }> {
  const key = await container.resolve(Modules.API_KEY).createApiKeys({
    title: "test storefront",
    type: "publishable",
    created_by: "test",
  })
  return { headers: { "x-publishable-api-key": key.token } }
}
