import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryFailedMessagesWorkflow } from "../workflows/messages/retry-failed-messages"

/** One run of the job at `now` (tests pass their own clock's time). */
export async function retryFailedMessagesAt(container: MedusaContainer, now: Date) {
  const { result } = await retryFailedMessagesWorkflow(container).run({ input: { now: now.toISOString() } })
  if (result.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Bazaar messages: ${result.length} retried (${result.filter((entry) => entry.status === "sent").length} sent)`)
  }
  return result
}

/** Every minute: sends again the messages whose backoff has passed or that were left pending (see README, "Messages"). */
export default async function retryFailedMessagesJob(container: MedusaContainer) {
  await retryFailedMessagesAt(container, new Date())
}

export const config = {
  name: "bazaar-retry-failed-messages",
  schedule: "* * * * *",
}
