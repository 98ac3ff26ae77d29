// The least time bol's rate limits allow for a full shipments sync: each
// endpoint group is a token bucket that starts full (capacity C, refilled at
// C per window); n requests of a group need at least (n - C) refill intervals.
// Groups run in parallel, so the slowest group sets the floor.

const PAGE_SIZE = 50
const MINUTE = 60000

/** bol's published limits (src/modules/bol/client/rate-limit-groups.ts) for the groups a shipments sync uses. */
const SHIPMENT_GROUPS = {
  list: { maxCapacity: 25, windowMs: MINUTE },
  detail: { maxCapacity: 50, windowMs: MINUTE },
}

/** Requests a full sync makes: per method, every page with entries plus the empty `{}` page; one detail per shipment. */
function requestsNeeded(shipmentsPerMethod) {
  const list = Object.values(shipmentsPerMethod).reduce((sum, n) => sum + Math.ceil(n / PAGE_SIZE) + 1, 0)
  const detail = Object.values(shipmentsPerMethod).reduce((sum, n) => sum + n, 0)
  return { list, detail }
}

function groupFloorMs(requests, { maxCapacity, windowMs }, speedUp) {
  const intervalMs = windowMs / speedUp / maxCapacity
  return Math.max(0, requests - maxCapacity) * intervalMs
}

/** { floorMs, requests, perGroup } for a sync of `shipmentsPerMethod` at `speedUp`. */
function syncFloor(shipmentsPerMethod, speedUp) {
  const requests = requestsNeeded(shipmentsPerMethod)
  const perGroup = {
    list: groupFloorMs(requests.list, SHIPMENT_GROUPS.list, speedUp),
    detail: groupFloorMs(requests.detail, SHIPMENT_GROUPS.detail, speedUp),
  }
  return { floorMs: Math.max(perGroup.list, perGroup.detail), requests, perGroup }
}

module.exports = { syncFloor }
