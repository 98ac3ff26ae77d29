import { orderRoutes } from "./orders"
import { processStatusRoutes } from "./process-status"
import { returnRoutes } from "./returns"
import { shipmentRoutes } from "./shipments"
import { transportRoutes } from "./transports"
import type { Route } from "./types"

/** Every authenticated API route (the token and ratelimits endpoints are separate). */
export const apiRoutes: Route[] = [
  ...shipmentRoutes,
  ...orderRoutes,
  ...returnRoutes,
  ...transportRoutes,
  ...processStatusRoutes,
]
