import { readdirSync } from "fs"
import { join, relative, sep } from "path"
import type { RouteContract } from "../../lib/openapi/contract"
import { routePathOfFolder, type ContractedRoute } from "../../lib/openapi"

const API_DIR = join(__dirname, "..")
// sources in app mode and tests, compiled JavaScript in .medusa/server
const EXTENSION = __filename.endsWith(".ts") ? ".ts" : ".js"

function contractFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return contractFiles(path)
    return entry.name === `contract${EXTENSION}` ? [path] : []
  })
}

/**
 * Every `contract.ts` beside a `route.ts` under src/api, with the route path
 * of its folder, found the way Medusa finds route files: a new route folder
 * with a contract is in the document without being listed anywhere.
 */
export function loadRouteContracts(): ContractedRoute[] {
  return contractFiles(API_DIR).map((file) => {
    const folder = relative(API_DIR, join(file, "..")).split(sep)
    const contract = (require(file) as { default: RouteContract }).default
    return { path: routePathOfFolder(folder), contract }
  })
}
