import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { defaultShippingProfileId } from "../../shops/utils/shipping-profile"

/** The shipping profile shop products ship under, which the shops' delivery options serve. */
export const defaultShippingProfileStep = createStep("default-shipping-profile", async (_: void, { container }) => {
  return new StepResponse(await defaultShippingProfileId(container))
})
