import { Module } from "@medusajs/framework/utils"
import ReconcileModuleService from "./service"

export const RECONCILE_MODULE = "reconcile"

export default Module(RECONCILE_MODULE, {
  service: ReconcileModuleService,
})
