import { BolError } from "./errors"
import type { BolRateLimitGroup } from "./rate-limit-groups"
import {
  idString,
  summarizeOrder,
  summarizeReturn,
  summarizeShipment,
  type ResourceSummary,
} from "./resource-summaries"

/**
 * The resources the connector can sync, as configuration (spec sheet §4.5).
 * Adding a resource is adding an entry here.
 */
export type BolResourceDefinition = {
  name: string
  /** Under the API base, e.g. `/retailer/shipments`. */
  listPath: string
  /** `{id}` is replaced by the url-encoded record id. */
  detailPath: string
  /** The array in a list page; bol leaves it out (`{}`) on an empty page. */
  arrayKey: string
  /** The id field of a list entry and of a detail. */
  idKey: string
  /**
   * A full sync walks the list once per combination of these values (bol has
   * no "all" for some filters, e.g. shipments default to FBR).
   */
  iterate: Record<string, string[]>
  /** Sent with every list request. */
  fixedQuery: Record<string, string>
  listGroup: BolRateLimitGroup
  detailGroup: BolRateLimitGroup
  /** The typed columns stored with the raw JSON. */
  summarize(entry: Record<string, unknown>): ResourceSummary
}

const FULFILMENT_METHODS = ["FBR", "FBB"]

export const BOL_RESOURCES = {
  shipments: {
    name: "shipments",
    listPath: "/retailer/shipments",
    detailPath: "/retailer/shipments/{id}",
    arrayKey: "shipments",
    idKey: "shipmentId",
    iterate: { "fulfilment-method": FULFILMENT_METHODS },
    fixedQuery: {},
    listGroup: "shipmentsList",
    detailGroup: "shipmentDetail",
    summarize: summarizeShipment,
  },
  orders: {
    name: "orders",
    listPath: "/retailer/orders",
    detailPath: "/retailer/orders/{id}",
    arrayKey: "orders",
    idKey: "orderId",
    iterate: { "fulfilment-method": FULFILMENT_METHODS },
    fixedQuery: { status: "ALL" },
    listGroup: "ordersList",
    detailGroup: "orderDetail",
    summarize: summarizeOrder,
  },
  returns: {
    name: "returns",
    listPath: "/retailer/returns",
    detailPath: "/retailer/returns/{id}",
    arrayKey: "returns",
    idKey: "returnId",
    iterate: { handled: ["true", "false"], "fulfilment-method": FULFILMENT_METHODS },
    fixedQuery: {},
    listGroup: "returnsList",
    detailGroup: "returnDetail",
    summarize: summarizeReturn,
  },
} satisfies Record<string, BolResourceDefinition>

export type BolResourceName = keyof typeof BOL_RESOURCES

export const BOL_RESOURCE_NAMES = Object.keys(BOL_RESOURCES) as BolResourceName[]

export function isBolResourceName(value: unknown): value is BolResourceName {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(BOL_RESOURCES, value)
}

/** The definition of a resource; throws on an unknown name. */
export function bolResource(name: string): BolResourceDefinition {
  if (!isBolResourceName(name)) {
    throw new BolError(`Unknown bol resource "${name}" (known: ${BOL_RESOURCE_NAMES.join(", ")})`)
  }
  return BOL_RESOURCES[name]
}

/**
 * The query of every list walk of a full sync (fixed parameters included),
 * e.g. returns → 4 walks: handled true/false × FBR/FBB.
 */
export function listIterations(resource: BolResourceDefinition): Record<string, string>[] {
  let combinations: Record<string, string>[] = [{ ...resource.fixedQuery }]
  for (const [parameter, values] of Object.entries(resource.iterate)) {
    combinations = combinations.flatMap((query) => values.map((value) => ({ ...query, [parameter]: value })))
  }
  return combinations
}

/** The id of a list entry or detail as a string (old demo data used numbers). */
export function recordId(resource: BolResourceDefinition, entry: Record<string, unknown>): string | null {
  return idString(entry[resource.idKey])
}

export type { ResourceSummary }
