import { z } from "@medusajs/framework/zod"

/** The one shape of every 4xx / 5xx answer of Bazaar's routes: Medusa's error body. */
export const ErrorBody = z
  .object({
    type: z.string().describe("Medusa's error type: invalid_data, not_found, not_allowed, unauthorized, conflict, …"),
    message: z.string().describe("What went wrong; for bad input, what was expected and what came"),
    code: z.string().optional().describe("Medusa's error code, where Medusa sets one (invalid_request_error, …)"),
  })
  .describe("An error answer: Medusa's `{ type, message }`, plus `code` where Medusa sets one")
  .meta({
    examples: [
      { type: "invalid_data", message: "Invalid request body: name: expected a string, got an object; address.postal_code is required (expected a string)" },
      { type: "not_found", message: "Shop shop_01JD8Y2M was not found" },
      { type: "idempotency_key_reused", code: "idempotency_key_reused", message: "This Idempotency-Key was used with another request …" },
    ],
  })

/**
 * Medusa's own authentication of `/admin` routes answers before any Bazaar
 * code runs, with `{ message }` only.
 */
export const MedusaAuthErrorBody = z
  .object({ message: z.string() })
  .describe("Medusa's admin authentication refusal (answered by Medusa before Bazaar's route)")
