import type { BazaarOptions, ResolvedBazaarOptions } from "../../options/types"
import { resolveBazaarOptions } from "../../options/resolve"
import { readPackageInfo, type PackageInfo } from "./package-info"

/** Holds the plugin's resolved options and describes the installed Bazaar. */
export default class BazaarModuleService {
  readonly options: ResolvedBazaarOptions
  readonly package: PackageInfo

  constructor(_container: Record<string, unknown>, options: BazaarOptions) {
    this.options = resolveBazaarOptions(options)
    this.package = readPackageInfo()
  }
}
