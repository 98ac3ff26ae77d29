/**
 * A request that conflicts with what exists (a duplicate link or account):
 * answered 409 with this message. Medusa's own CONFLICT type is answered with
 * a generic retry message instead, which would hide what conflicts.
 */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message)
    // the name, not the class, survives a workflow's error serialisation
    this.name = "BazaarConflictError"
  }
}

const TYPE_OF_STATUS: Record<number, string> = { 400: "invalid_data", 404: "not_found", 409: "conflict" }

/** The answer for a domain error, or null for any other error. */
export function domainErrorAnswer(
  error: unknown
): { status: number; body: { type: string; code?: string; message: string } } | null {
  if (!error || typeof error !== "object") return null
  const { name, message } = error as Error
  if (name === "BazaarConflictError") {
    return { status: 409, body: { type: "conflict", message: String(message) } }
  }
  // A deal rule's refusal (src/modules/deal/errors.ts) carries its status and a code a client can act on.
  if (name === "BazaarDealError") {
    const { status, code } = error as { status?: unknown; code?: unknown }
    const answered = typeof status === "number" && TYPE_OF_STATUS[status] ? status : 409
    return {
      status: answered,
      body: { type: TYPE_OF_STATUS[answered], code: typeof code === "string" ? code : undefined, message: String(message) },
    }
  }
  return null
}
