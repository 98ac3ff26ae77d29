export { Deal } from "./deal"
export { DealClaim } from "./deal-claim"
export { DealRefresh } from "./deal-refresh"
export { DealWaitlistEntry } from "./deal-waitlist-entry"
