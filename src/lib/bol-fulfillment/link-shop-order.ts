import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { ConflictError } from "../http/domain-errors"
import { linkBolOrderWorkflow } from "../../workflows/bol-orders/link-bol-order"
import { bolService } from "../bol-accounts/shop-bol"
import { shopCommerceContext } from "../shops/commerce-context"
import { interactiveBolClient } from "./interactive-client"
import { presentOrderLink, type PresentedBolOrderLink } from "./order-links"
import { fetchBolOrder, fulfilmentMethodOf } from "./ship-bol-order"

type Shop = { id: string; name: string; country_code: string }

async function accountOfShop(container: MedusaContainer, shopId: string, accountId?: string) {
  const accounts = await bolService(container).listAccounts({ shop_id: shopId, ...(accountId ? { id: accountId } : {}) })
  if (accountId && !accounts.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `bol.com account ${accountId} was not found`)
  }
  if (!accounts.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The shop has no bol.com account; connect one first")
  }
  if (accounts.length > 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The shop has several bol.com accounts; say which one with account_id")
  }
  return accounts[0]
}

const conflict = (message: string) => new ConflictError(message)

/**
 * Links a shop's Medusa order to a bol.com order of the shop's account,
 * after bol confirmed that the order exists. One link per Medusa order and
 * per bol order; serialised with the order's other actions.
 */
export async function linkShopOrderToBol(
  container: MedusaContainer,
  input: { shop: Shop; order_id: string; bol_order_id: string; account_id?: string }
): Promise<PresentedBolOrderLink> {
  const account = await accountOfShop(container, input.shop.id, input.account_id)
  const service = bolService(container)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  return container.resolve(Modules.LOCKING).execute(`bazaar-order:${input.order_id}`, async () => {
    const [ofOrder] = await service.listBolOrderLinks({ order_id: input.order_id })
    if (ofOrder) {
      throw conflict(`Order ${input.order_id} is already linked to bol.com order ${ofOrder.bol_order_id}`)
    }
    const [ofBolOrder] = await service.listBolOrderLinks({ account_id: account.id, bol_order_id: input.bol_order_id } as any)
    if (ofBolOrder) {
      throw conflict(`bol.com order ${input.bol_order_id} is already linked to order ${ofBolOrder.order_id}`)
    }
    const client = await interactiveBolClient(service, account.id, (message) => logger.warn(message))
    const bolOrder = await fetchBolOrder(client, input.bol_order_id)
    const { sales_channel_id } = await shopCommerceContext(container, input.shop)
    const { result } = await linkBolOrderWorkflow(container).run({
      input: {
        account_id: account.id,
        bol_order_id: input.bol_order_id,
        order_id: input.order_id,
        fulfilment_method: fulfilmentMethodOf(bolOrder),
        shop: { sales_channel_id, country_code: input.shop.country_code, shop_name: input.shop.name },
      },
    })
    return presentOrderLink(result.link as any)
  })
}
