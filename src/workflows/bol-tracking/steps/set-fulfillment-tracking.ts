import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import type { TrackingLabel, TrackingUpdate } from "./find-bol-tracking-updates"

async function setLabel(container: MedusaContainer, fulfillmentId: string, label: TrackingLabel) {
  // The workflow hands its input to the Fulfillment module's updateFulfillment,
  // which takes labels; its input type omits them.
  await updateFulfillmentWorkflow(container).run({ input: { id: fulfillmentId, labels: [label] } as { id: string } })
}

/** Puts each new tracking code on its fulfillment's label; compensation puts the previous labels back. */
export const setFulfillmentTrackingStep = createStep(
  "set-fulfillment-tracking",
  async (updates: TrackingUpdate[], { container }) => {
    const done: TrackingUpdate[] = []
    for (const update of updates) {
      await setLabel(container, update.fulfillment_id, update.label)
      done.push(update)
    }
    return new StepResponse(done.length, done)
  },
  async (done: TrackingUpdate[] | undefined, { container }) => {
    for (const update of done ?? []) {
      if (update.previous) await setLabel(container, update.fulfillment_id, update.previous)
    }
  }
)
