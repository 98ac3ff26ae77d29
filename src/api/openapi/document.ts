import { buildOpenApiDocument, type OpenApiDocument } from "../../lib/openapi"
import { readPackageInfo } from "../../modules/bazaar/package-info"
import { loadRouteContracts } from "./route-contracts"

let built: OpenApiDocument | undefined

/** Bazaar's OpenAPI document, built from the route contracts on first use and kept for the life of the process. */
export function openApiDocument(): OpenApiDocument {
  if (!built) {
    const { version } = readPackageInfo()
    built = buildOpenApiDocument({ title: "Bazaar API", version }, loadRouteContracts())
  }
  return built
}
