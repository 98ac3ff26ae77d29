export { CreditNote } from "./credit-note"
export { DocumentCounter } from "./document-counter"
export { Invoice } from "./invoice"
