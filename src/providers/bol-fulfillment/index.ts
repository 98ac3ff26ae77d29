import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BolFulfillmentProviderService } from "./service"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [BolFulfillmentProviderService],
})
