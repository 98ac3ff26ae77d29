import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import { listCapabilities } from "../../../lib/capabilities"

/** Public description of the installed Bazaar: name, version, capabilities. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const bazaar = req.scope.resolve<BazaarModuleService>(BAZAAR_MODULE)
  res.json({
    name: bazaar.package.name,
    version: bazaar.package.version,
    capabilities: listCapabilities(bazaar.options).map(({ id, label, enabled }) => ({
      id,
      label,
      enabled,
    })),
  })
}
