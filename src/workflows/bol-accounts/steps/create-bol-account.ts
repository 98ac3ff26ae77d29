import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bolService } from "../utils/shop-bol"
import type { BolEndpoints } from "../../../modules/bol"
import type { ConnectBolAccountInput } from "../types"

/** Saves the account (secret sealed by the bol module); compensation deletes it again. */
export const createBolAccountStep = createStep(
  "create-bol-account",
  async ({ input, endpoints }: { input: ConnectBolAccountInput; endpoints: BolEndpoints }, { container }) => {
    const account = await bolService(container).createAccount({
      shop_id: input.shop_id,
      label: input.label,
      client_id: input.client_id,
      client_secret: input.client_secret,
      resources: input.resources,
      ...endpoints,
    })
    return new StepResponse(account, account.id)
  },
  async (accountId: string | undefined, { container }) => {
    if (accountId) await bolService(container).deleteBolAccounts(accountId)
  }
)
