import type { Violation } from "../errors"

/** A parsed JSON object body, or the violation that explains why there is none. */
export function parseJsonObject(body: string): { value: Record<string, unknown> } | { violation: Violation } {
  if (body.trim() === "") {
    return { violation: { name: "body", reason: "Required request body is missing." } }
  }
  try {
    const value: unknown = JSON.parse(body)
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { violation: { name: "body", reason: "Request body must be a JSON object." } }
    }
    return { value: value as Record<string, unknown> }
  } catch {
    return { violation: { name: "body", reason: "Request body is not valid JSON." } }
  }
}

export const isPositiveInt = (value: unknown, max = 2_147_483_647): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= max
