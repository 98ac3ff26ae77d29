import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bolService } from "./shop-bol"

/**
 * Every bol.com account with its shop and the latest run of each resource,
 * for the operators' overview.
 */
export async function bolAccountOverview(container: MedusaContainer) {
  const bol = bolService(container)
  const accounts = await bol.listAccounts({}, { order: { created_at: "ASC" } })
  if (!accounts.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shops } = await query.graph({
    entity: "shop",
    fields: ["id", "name", "handle"],
    filters: { id: [...new Set(accounts.map((a) => a.shop_id))] },
  })
  const shopById = new Map((shops as { id: string; name: string; handle: string }[]).map((s) => [s.id, s]))
  const runs = await bol.listBolSyncRuns(
    { account_id: accounts.map((a) => a.id) },
    { order: { started_at: "DESC" }, take: accounts.length * 20 }
  )
  return accounts.map((account) => {
    const latest: Record<string, unknown> = {}
    for (const run of runs) {
      if (run.account_id === account.id && !latest[run.resource]) latest[run.resource] = run
    }
    const shop = shopById.get(account.shop_id)
    return {
      ...account,
      shop: shop ? { id: shop.id, name: shop.name, handle: shop.handle } : null,
      latest_runs: latest,
    }
  })
}
