import { existsSync, readFileSync } from "fs"
import { dirname, join } from "path"
import { MedusaError } from "@medusajs/framework/utils"

export type PackageInfo = { name: string; version: string }

const PACKAGE_NAME = "medusa-plugin-bazaar"

/**
 * Finds Bazaar's own package.json by walking up from this file, which works
 * from the sources (app mode) and from `.medusa/server` (installed plugin).
 */
export function readPackageInfo(startDir: string = __dirname): PackageInfo {
  let dir = startDir
  for (;;) {
    const candidate = join(dir, "package.json")
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8"))
      if (pkg.name === PACKAGE_NAME) {
        return { name: pkg.name, version: pkg.version }
      }
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Cannot find the package.json of ${PACKAGE_NAME}`
      )
    }
    dir = parent
  }
}
