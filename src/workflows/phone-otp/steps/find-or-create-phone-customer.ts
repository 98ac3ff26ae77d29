import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type FindOrCreatePhoneCustomerInput = { phone: string }
export type PhoneCustomer = { id: string; phone: string | null }

/** The customer account of a phone number: the existing one, or a new one. */
export const findOrCreatePhoneCustomerStep = createStep(
  "find-or-create-phone-customer",
  async (
    { phone }: FindOrCreatePhoneCustomerInput,
    { container }
  ): Promise<StepResponse<PhoneCustomer, string | null>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [existing],
    } = await query.graph({
      entity: "customer",
      fields: ["id", "phone", "email", "has_account"],
      filters: { phone, has_account: true },
      pagination: { take: 1, order: { created_at: "ASC" } },
    })
    if (existing) {
      return new StepResponse({ id: existing.id, phone: existing.phone ?? null }, null)
    }
    const created = await container
      .resolve(Modules.CUSTOMER)
      .createCustomers({ phone, has_account: true })
    return new StepResponse({ id: created.id, phone: created.phone ?? null }, created.id)
  },
  async (createdId: string | null | undefined, { container }) => {
    if (createdId) {
      await container.resolve(Modules.CUSTOMER).deleteCustomers(createdId)
    }
  }
)
