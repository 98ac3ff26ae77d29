import { z } from "@medusajs/framework/zod"
import { timestamp } from "../../../../../lib/openapi"

const RESOURCE = z.enum(["shipments", "orders", "returns"])

/** A bol.com account without its secret (`presentAccount`). */
export const BolAccount = z.object({
  id: z.string(),
  shop_id: z.string(),
  label: z.string(),
  client_id: z.string(),
  api_base_url: z.string(),
  token_url: z.string(),
  status: z.enum(["active", "invalid_credentials", "inactive", "disabled"]),
  resources: z.array(RESOURCE),
  last_sync_at: timestamp.nullable(),
  last_error: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
})

export const bolAccountExample = {
  id: "bolacc_01JD91",
  shop_id: "shop_01JD8Y2M",
  label: "Main store",
  client_id: "4a1c…",
  api_base_url: "https://api.bol.com/retailer",
  token_url: "https://login.bol.com/token",
  status: "active",
  resources: ["shipments", "orders"],
  last_sync_at: null,
  last_error: null,
  created_at: "2026-11-30T10:00:00.000Z",
  updated_at: "2026-11-30T10:00:00.000Z",
}

/** One sync of one resource of an account, as stored. */
export const BolSyncRun = z.looseObject({
  id: z.string(),
  account_id: z.string(),
  resource: RESOURCE,
  trigger: z.enum(["schedule", "manual"]),
  status: z.enum(["running", "succeeded", "failed"]),
  started_at: timestamp,
  finished_at: timestamp.nullable(),
  pages: z.number().int(),
  records: z.number().int(),
  errors: z.array(z.looseObject({ at: z.string(), unit: z.string(), status: z.number().optional(), message: z.string() })),
  pending_units: z.number().int(),
})

export const bolSyncRunExample = {
  id: "bolrun_01JD92",
  account_id: "bolacc_01JD91",
  resource: "shipments",
  trigger: "manual",
  status: "running",
  started_at: "2026-11-30T10:01:00.000Z",
  finished_at: null,
  pages: 0,
  records: 0,
  errors: [],
  pending_units: 1,
}

/** A synced shipment in a list: its typed columns. */
export const BolShipmentSummary = z.object({
  id: z.string(),
  account_id: z.string(),
  shipment_id: z.string(),
  order_id: z.string().nullable(),
  fulfilment_method: z.string().nullable(),
  shipment_date: timestamp.nullable(),
  shipment_reference: z.string().nullable(),
  transporter_code: z.string().nullable(),
  track_and_trace: z.string().nullable(),
  detail_synced_at: timestamp.nullable(),
})

export const BolShipmentPage = z.object({
  shipments: z.array(BolShipmentSummary),
  count: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
})

/** One synced shipment in full: typed columns, items, transport events and bol's detail as it came. */
export const BolShipmentDetail = BolShipmentSummary.extend({
  items: z.array(z.looseObject({ id: z.string() })),
  transport_events: z.array(z.looseObject({ id: z.string() })),
  detail: z.record(z.string(), z.unknown()).nullable().describe("bol.com's shipment detail as it came (Retailer API v10)"),
}).loose()

/** A Medusa order linked to a bol.com order. */
export const BolOrderLink = z.object({
  id: z.string(),
  order_id: z.string(),
  bol_order_id: z.string(),
  account_id: z.string(),
  fulfilment_method: z.string().nullable(),
  created_at: timestamp,
})

export const bolOrderLinkExample = {
  id: "bolol_01JD93",
  order_id: "order_01JD90AA",
  bol_order_id: "A2K8290LP8",
  account_id: "bolacc_01JD91",
  fulfilment_method: "FBR",
  created_at: "2026-11-30T10:02:00.000Z",
}
