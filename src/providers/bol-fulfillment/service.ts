import type {
  CalculatedShippingOptionPrice,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { bolModuleForProviders } from "../../modules/bol/module-handle"
import type BolModuleService from "../../modules/bol/service"
import { readTransport, shipBolOrder } from "../../modules/bol"

export const BOL_FULFILLMENT_OPTION_ID = "bol-fbr"

/**
 * Fulfillment provider `bol` (provider id `bol_bol`): fulfilling a Medusa
 * order that is linked to a bol.com order ships that order's open FBR items
 * through bol's Retailer API, with the transport given as
 * `additional_data.bol_transport` (`transporter_code`, `track_and_trace`).
 * Shipping prices are flat: bol is never called while a cart is priced.
 */
export class BolFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static identifier = "bol"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: BOL_FULFILLMENT_OPTION_ID, name: "Shipped by the seller for bol.com (FBR)" }]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return data.id === BOL_FULFILLMENT_OPTION_ID
  }

  async validateFulfillmentData(_optionData: Record<string, unknown>, data: Record<string, unknown>): Promise<any> {
    return data
  }

  async canCalculate(): Promise<boolean> {
    return false
  }

  async calculatePrice(): Promise<CalculatedShippingOptionPrice> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "bol.com shipping options have flat prices")
  }

  async createFulfillment(
    _data: Record<string, unknown>,
    _items: unknown[],
    order: { id?: string; display_id?: number } | undefined,
    _fulfillment: unknown,
    additionalData?: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    if (!order?.id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The bol fulfillment provider only fulfills orders")
    }
    const service = bolModuleForProviders<BolModuleService>()
    const [link] = await service.listBolOrderLinks({ order_id: order.id })
    if (!link) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order.id} is not linked to a bol.com order; link it before shipping it through bol.com`
      )
    }
    const accountId = link.account_id
    const client = await service.clientFor(accountId)
    const shipped = await shipBolOrder({
      client,
      accountId,
      bolOrderId: link.bol_order_id,
      reference: order.display_id !== undefined ? `medusa-${order.display_id}` : undefined,
      transport: readTransport(additionalData?.bol_transport),
    })
    return shipped as unknown as CreateFulfillmentResult
  }

  async cancelFulfillment(data: Record<string, unknown>): Promise<any> {
    if (data?.process_status_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `bol.com was told that order ${String(data.bol_order_id)} shipped; a bol.com shipment cannot be withdrawn`
      )
    }
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Returns of bol.com orders are handled on bol.com and synced as the returns resource"
    )
  }
}
