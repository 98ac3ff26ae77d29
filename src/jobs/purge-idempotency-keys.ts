import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { IDEMPOTENCY_MODULE } from "../modules/idempotency"
import type IdempotencyModuleService from "../modules/idempotency/service"

/** Deletes the Idempotency-Keys whose time (`idempotency.ttlHours`, 24 h by default) is up. Hourly. */
export default async function purgeIdempotencyKeysJob(container: MedusaContainer) {
  const purged = await container.resolve<IdempotencyModuleService>(IDEMPOTENCY_MODULE).purgeExpired()
  if (purged) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).info(`Purged ${purged} expired Idempotency-Keys`)
  }
}

export const config = {
  name: "bazaar-purge-idempotency-keys",
  schedule: "17 * * * *",
}
