import { MedusaError } from "@medusajs/framework/utils"
import type BolModuleService from "./service"

// A fulfillment provider is built from the Fulfillment module's own container,
// which cannot resolve other modules. The bol module announces itself here
// when Medusa creates it, once per process. On globalThis: the app and its
// tests may load this file through different module registries.
const SLOT = Symbol.for("bazaar.bol.module")
type Holder = { [SLOT]?: BolModuleService }

export function announceBolModule(service: BolModuleService): void {
  ;(globalThis as Holder)[SLOT] = service
}

/** The process's bol module, for the `bol` fulfillment provider. */
export function bolModuleForProviders(): BolModuleService {
  const service = (globalThis as Holder)[SLOT]
  if (!service) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The bol fulfillment provider needs Bazaar's bol module, which is not loaded: register the medusa-plugin-bazaar plugin (or ./src/modules/bol) in medusa-config."
    )
  }
  return service
}
