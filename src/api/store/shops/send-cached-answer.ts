import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CACHED_ANSWER_CACHE_CONTROL, ifNoneMatchHits, strongEtagOf } from "../../../lib/shops/catalog-http"

/** A buyer answer serialized once, with its strong ETag. */
export type SerializedAnswer = { body: string; etag: string }

export function serializeAnswer(answer: object): SerializedAnswer {
  const body = JSON.stringify(answer)
  return { body, etag: strongEtagOf(body) }
}

/**
 * Sends `answer` with its ETag and Cache-Control, or `304 Not Modified`
 * without a body when the request's `If-None-Match` names that ETag.
 */
export function sendSerializedAnswer(req: MedusaRequest, res: MedusaResponse, answer: SerializedAnswer) {
  res.setHeader("ETag", answer.etag)
  res.setHeader("Cache-Control", CACHED_ANSWER_CACHE_CONTROL)
  if (ifNoneMatchHits(req.headers["if-none-match"], answer.etag)) {
    res.status(304).end()
    return
  }
  res.status(200).type("application/json").send(answer.body)
}
