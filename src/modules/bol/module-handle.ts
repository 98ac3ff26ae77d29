import { MedusaError } from "@medusajs/framework/utils"

// A fulfillment provider is built from the Fulfillment module's own container,
// which cannot resolve other modules. The bol module announces itself here
// when Medusa creates it, once per process. On globalThis: the app and its
// tests may load this file through different module registries.
const SLOT = Symbol.for("bazaar.bol.module")
// Typed by the caller, so that this file does not import the service that imports it.
type Holder = { [SLOT]?: object }

export function announceBolModule(service: object): void {
  ;(globalThis as Holder)[SLOT] = service
}

/** The process's bol module, for the `bol` fulfillment provider. */
export function bolModuleForProviders<Service extends object>(): Service {
  const service = (globalThis as Holder)[SLOT] as Service | undefined
  if (!service) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The bol fulfillment provider needs Bazaar's bol module, which is not loaded: register the medusa-plugin-bazaar plugin (or ./src/modules/bol) in medusa-config."
    )
  }
  return service
}
