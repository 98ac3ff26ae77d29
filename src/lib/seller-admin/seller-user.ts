/**
 * The address of a seller's admin user. `.invalid` is reserved (RFC 2606):
 * no mail is ever delivered to it and no operator can hold it, so an address
 * of this form always names a seller's user and never a person's.
 */
export function sellerUserEmail(sellerId: string): string {
  return `${sellerId.toLowerCase()}@sellers.bazaar.invalid`
}

/** The seller an authenticated admin request acts for: the `seller_id` its signed token carries, when the actor is a user. */
export function sellerOfAdminActor(auth: { actor_type?: string; app_metadata?: Record<string, unknown> } | undefined): string | null {
  if (auth?.actor_type !== "user") return null
  const sellerId = auth.app_metadata?.seller_id
  return typeof sellerId === "string" && sellerId ? sellerId : null
}

/** Where a seller's admin user keeps the email it signs in with besides the phone (`POST /seller/me/email-login`). */
export const SELLER_LOGIN_EMAIL_KEY = "bazaar_login_email"

export function sellerLoginEmailOf(metadata: Record<string, unknown> | null | undefined): string | null {
  const email = metadata?.[SELLER_LOGIN_EMAIL_KEY]
  return typeof email === "string" && email ? email : null
}
