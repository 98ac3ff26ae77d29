import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  answerInvalidatingEvents,
  invalidateAnswersAfter,
} from "../workflows/shops/utils/catalog-cache-invalidation"

/** Clears the cached shop and catalog answers a product, price, category, region, shop or seller change made stale. */
export default async function catalogCacheInvalidation({ event, container }: SubscriberArgs<{ id?: string | string[] }>) {
  await invalidateAnswersAfter(container, event)
}

export const config: SubscriberConfig = {
  event: answerInvalidatingEvents,
  context: { subscriberId: "bazaar-catalog-cache-invalidation" },
}
