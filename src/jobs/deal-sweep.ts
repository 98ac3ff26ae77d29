import type { MedusaContainer } from "@medusajs/framework/types"
import { dealJobsEnabled } from "../options/deals"
import { sweepDealsWorkflow } from "../workflows/deals/sweep-deals"

/** Every minute: expired claims and waitlist offers give their units on, ended deals end. */
export default async function dealSweepJob(container: MedusaContainer) {
  if (!dealJobsEnabled()) return
  await sweepDealsWorkflow(container).run()
}

export const config = { name: "bazaar-deal-sweep", schedule: "* * * * *" }
