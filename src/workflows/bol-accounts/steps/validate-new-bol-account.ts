import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bolEndpoints } from "../../../modules/bol"
import { bolService } from "../utils/shop-bol"
import { verifyBolCredentials } from "../../../modules/bol"
import { ConflictError } from "../../../lib/http/domain-errors"
import { BAZAAR_MODULE } from "../../../modules/bazaar"
import type BazaarModuleService from "../../../modules/bazaar/service"
import type { ConnectBolAccountInput } from "../types"

/**
 * Refuses a second account of the same client in the shop (409), URLs other
 * than bol.com's unless the options allow them, and credentials bol's login
 * server refuses (one token request); answers the endpoints to save.
 */
export const validateNewBolAccountStep = createStep(
  "validate-new-bol-account",
  async (input: ConnectBolAccountInput, { container }) => {
    const { bol } = container.resolve<BazaarModuleService>(BAZAAR_MODULE).options
    const endpoints = bolEndpoints(input, bol.allowCustomUrls)
    const [existing] = await bolService(container).listAccounts({ shop_id: input.shop_id, client_id: input.client_id })
    if (existing) {
      throw new ConflictError(`This shop already has a bol.com account for client ${input.client_id}`)
    }
    await verifyBolCredentials({ ...input, token_url: endpoints.token_url })
    return new StepResponse(endpoints)
  }
)
