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

/** The answer for a domain error, or null for any other error. */
export function domainErrorAnswer(error: unknown): { status: number; body: { type: string; message: string } } | null {
  if (error && typeof error === "object" && (error as Error).name === "BazaarConflictError") {
    return { status: 409, body: { type: "conflict", message: String((error as Error).message) } }
  }
  return null
}
