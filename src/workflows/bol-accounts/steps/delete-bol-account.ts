import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bolService, ownBolAccount } from "../utils/shop-bol"

/** Deletes the shop's account `account_id` (404 for another shop's) with its synced data; cannot be undone. */
export const deleteBolAccountStep = createStep(
  "delete-bol-account",
  async (input: { shop_id: string; account_id: string }, { container }) => {
    const account = await ownBolAccount(container, input.shop_id, input.account_id)
    await bolService(container).deleteBolAccounts(account.id)
    return new StepResponse({ id: account.id, shop_id: input.shop_id })
  }
)
