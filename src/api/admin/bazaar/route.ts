import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import { listCapabilities } from "../../../lib/capabilities"
import { reportInfrastructure } from "../../../lib/infrastructure-report"

/** Operator view of the installed Bazaar: version, options, capabilities, infrastructure. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const bazaar = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE)
  const config = req.scope.resolve<ConfigModule>(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  res.json({
    name: bazaar.package.name,
    version: bazaar.package.version,
    options: { storefront_url: bazaar.options.storefrontUrl },
    capabilities: listCapabilities(bazaar.options),
    infrastructure: reportInfrastructure(config),
  })
}
