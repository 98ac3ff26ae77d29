/**
 * The cause key that makes credit notes idempotent. A cancellation credits
 * the whole order once, whatever else happens; a refund of a canceled order
 * belongs to that cancellation (Medusa refunds captured payments as it
 * cancels, and emits both `order.canceled` and `payment.refunded`), so the
 * two events give ONE credit note. A refund of a live order is its own cause.
 */
export function cancellationCause(orderId: string): string {
  return `order:${orderId}:cancellation`
}

export function refundCause(refundId: string): string {
  return `refund:${refundId}`
}
