import { Module } from "@medusajs/framework/utils"
import bolConnectionsLoader from "./loaders/connections"
import BolModuleService from "./service"

export const BOL_MODULE = "bol"

export default Module(BOL_MODULE, {
  service: BolModuleService,
  loaders: [bolConnectionsLoader],
})

export { presentAccount, type PresentedBolAccount } from "./present-account"
export type { BolModuleOptions } from "./service"
export type * from "./types"
export * from "./sync"
export * from "./fulfillment/ship-bol-order"
export { readTransport } from "./fulfillment/transport"
export { bolEndpoints, type BolEndpoints } from "./utils/endpoints"
export { verifyBolCredentials } from "./utils/verify-credentials"
