import { Module } from "@medusajs/framework/utils"
import BolModuleService from "./service"

export const BOL_MODULE = "bol"

export default Module(BOL_MODULE, {
  service: BolModuleService,
})

export { presentAccount, type PresentedBolAccount } from "./present-account"
export type { BolModuleOptions } from "./service"
export type * from "./types"
