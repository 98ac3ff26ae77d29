import type { MedusaContainer } from "@medusajs/framework/types"
import { sweepDealsWorkflow } from "../workflows/deals/sweep-deals"

/** Every minute: expired claims and waitlist offers give their units on, ended deals end. */
export default async function dealSweepJob(container: MedusaContainer) {
  await sweepDealsWorkflow(container).run()
}

export const config = { name: "bazaar-deal-sweep", schedule: "* * * * *" }
