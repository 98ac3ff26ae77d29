import type { z } from "@medusajs/framework/zod"

/**
 * Who may call an operation: `store` needs a publishable key (a signed-in
 * customer is optional), `customer` a publishable key and a customer,
 * `seller` a registered seller, `unregistered-seller` a phone-verified seller
 * identity, `admin` an admin user (or a secret API key), `public` nothing.
 */
export type Access = "public" | "store" | "customer" | "seller" | "unregistered-seller" | "admin"

export type HeaderContract = { description: string; schema?: Record<string, unknown> }

export type ResponseContract = {
  description: string
  /** The body; none for answers without one. */
  schema?: z.ZodType
  /** application/json unless told */
  contentType?: string
  example?: unknown
  headers?: Record<string, HeaderContract>
}

/** Error statuses an operation answers besides 400 and 500 (every operation) and 401 (every signed-in one). */
export type ErrorStatus = 403 | 404 | 409 | 413 | 422

export type OperationContract = {
  summary: string
  description?: string
  /** The route's zod validator of the query string (the one its middleware uses). */
  query?: z.ZodType
  /** The route's zod validator of the body (the one its middleware uses). */
  body?: z.ZodType
  /** The body may also come as multipart/form-data, with these file fields beside the body's fields. */
  multipartFiles?: Record<string, string>
  /** Defaults to the surface's access (`/store` → store, `/seller` → seller, `/admin` → admin, else public). */
  access?: Access
  /** Answers ETag and Cache-Control, and 304 to a matching If-None-Match. */
  conditional?: boolean
  responses: Record<number, ResponseContract>
  errors?: ErrorStatus[]
}

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/**
 * What a route folder's `contract.ts` exports (default): its operations by
 * method, and the tag that groups them in /docs.
 */
export type RouteContract = { tag: string } & Partial<Record<HttpMethod, OperationContract>>

/** Declares a route folder's contract (an identity function, for the types). */
export function defineRouteContract(contract: RouteContract): RouteContract {
  return contract
}

export const isWrite = (method: HttpMethod) => method !== "GET"
