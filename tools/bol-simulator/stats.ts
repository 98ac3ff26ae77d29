/**
 * Counters for tests and benchmarks. `rateLimitViolations` counts requests
 * made while their bucket was empty: every rate-limit 429 served (API and
 * token endpoint); injected faults never count as violations.
 */
export type SimStats = {
  /** Every request received, faulted ones included. */
  requests: number
  /** By "METHOD /route/{template}", e.g. "GET /retailer/shipments/{shipment-id}". */
  byEndpoint: Record<string, number>
  /** By HTTP status of the answers sent (dropped connections have none). */
  byStatus: Record<string, number>
  /** API requests by authenticated client id. */
  byClient: Record<string, number>
  rateLimitViolations: number
  violationsByGroup: Record<string, number>
  violationsByClient: Record<string, number>
  tokenRequests: number
  tokensIssued: number
  faultsInjected: number
  faultsByKind: Record<string, number>
  droppedConnections: number
  inFlight: number
  maxInFlight: number
}

export function createStats(): SimStats {
  return {
    requests: 0,
    byEndpoint: {},
    byStatus: {},
    byClient: {},
    rateLimitViolations: 0,
    violationsByGroup: {},
    violationsByClient: {},
    tokenRequests: 0,
    tokensIssued: 0,
    faultsInjected: 0,
    faultsByKind: {},
    droppedConnections: 0,
    inFlight: 0,
    maxInFlight: 0,
  }
}

/** Zeroes the counters in place (references held by tests stay valid). */
export function resetStats(stats: SimStats): void {
  const inFlight = stats.inFlight
  Object.assign(stats, createStats(), { inFlight, maxInFlight: inFlight })
}

export function bump(counter: Record<string, number>, key: string): void {
  counter[key] = (counter[key] ?? 0) + 1
}
