import { Module } from "@medusajs/framework/utils"
import BazaarModuleService from "./service"

export const BAZAAR_MODULE = "bazaar"

export default Module(BAZAAR_MODULE, {
  service: BazaarModuleService,
})
