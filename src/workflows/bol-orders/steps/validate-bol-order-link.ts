import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fetchBolOrder, fulfilmentMethodOf } from "../../../modules/bol"
import { bolService, ownBolAccount } from "../../bol-accounts/utils/shop-bol"
import { ConflictError } from "../../../lib/http/domain-errors"
import { shopCommerceContext } from "../../shops/utils/commerce-context"

export type BolOrderLinkRequest = {
  shop: { id: string; name: string; country_code: string }
  order_id: string
  bol_order_id: string
  /** Needed only when the shop has several bol.com accounts. */
  account_id?: string
}

async function accountOfShop(container: MedusaContainer, shopId: string, accountId?: string) {
  if (accountId) return ownBolAccount(container, shopId, accountId)
  const accounts = await bolService(container).listAccounts({ shop_id: shopId })
  if (!accounts.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The shop has no bol.com account; connect one first")
  }
  if (accounts.length > 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The shop has several bol.com accounts; say which one with account_id")
  }
  return accounts[0]
}

/**
 * Checks that the link can be made: the shop's bol.com account, neither the
 * order nor the bol order linked yet (409), and the bol order known to bol.com
 * (one request); answers what the link records.
 */
export const validateBolOrderLinkStep = createStep(
  "validate-bol-order-link",
  async (input: BolOrderLinkRequest, { container }) => {
    const account = await accountOfShop(container, input.shop.id, input.account_id)
    const service = bolService(container)
    const [ofOrder] = await service.listBolOrderLinks({ order_id: input.order_id })
    if (ofOrder) {
      throw new ConflictError(`Order ${input.order_id} is already linked to bol.com order ${ofOrder.bol_order_id}`)
    }
    const [ofBolOrder] = await service.listBolOrderLinks({ account_id: account.id, bol_order_id: input.bol_order_id })
    if (ofBolOrder) {
      throw new ConflictError(`bol.com order ${input.bol_order_id} is already linked to order ${ofBolOrder.order_id}`)
    }
    const client = await service.clientFor(account.id)
    const bolOrder = await fetchBolOrder(client, input.bol_order_id)
    const { sales_channel_id } = await shopCommerceContext(container, input.shop)
    return new StepResponse({
      link: {
        account_id: account.id,
        bol_order_id: input.bol_order_id,
        order_id: input.order_id,
        fulfilment_method: fulfilmentMethodOf(bolOrder),
      },
      shop: { sales_channel_id, country_code: input.shop.country_code, shop_name: input.shop.name },
    })
  }
)
