import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BazaarStripeProviderService from "./service"

/** Payment provider `stripe` (Medusa id `pp_stripe_stripe`): Medusa's Stripe provider with a configurable API origin. */
export default ModuleProvider(Modules.PAYMENT, { services: [BazaarStripeProviderService] })
