import { sdk } from "./sdk"

/** Where this tab keeps the id of the operator's recorded visit to a seller's workspace. */
const VISIT_KEY = "bazaar-workspace-visit"

/** The header the Seller API reads the visit from (src/lib/seller-admin/workspace-visit.ts). */
export const WORKSPACE_VISIT_HEADER = "x-bazaar-workspace-visit"

/** Records an operator's visit to a seller's workspace and keeps its id for this tab's workspace pages. */
export async function openWorkspaceAs(sellerId: string): Promise<void> {
  const { workspace_visit } = await sdk.client.fetch<{ workspace_visit: { id: string } }>(
    `/admin/sellers/${sellerId}/workspace-visits`,
    { method: "POST" }
  )
  sessionStorage.setItem(VISIT_KEY, workspace_visit.id)
}

/** The header of this tab's visit, if an operator opened a seller's workspace here. */
export function workspaceVisitHeaders(): Record<string, string> {
  const visit = sessionStorage.getItem(VISIT_KEY)
  return visit ? { [WORKSPACE_VISIT_HEADER]: visit } : {}
}

/** Ends this tab's visit (the workspace shows the operator's own view again). */
export function leaveWorkspaceVisit(): void {
  sessionStorage.removeItem(VISIT_KEY)
}
