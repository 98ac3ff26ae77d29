import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firstFreeProductHandle } from "../../../modules/seller/utils/product-handle"

/** The first handle from `base` (`base`, `base-2`, …) that no product has; run it under the base's lock. */
export const findFreeProductHandleStep = createStep("find-free-product-handle", async (base: string, { container }) => {
  const taken = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ $or: [{ handle: base }, { handle: { $like: `${base}-%` } }] }, { select: ["handle"], take: null })
  return new StepResponse(firstFreeProductHandle(base, taken.map((product) => product.handle)))
})
