import { model } from "@medusajs/framework/utils"

/**
 * One request for a code. The code itself is never stored: only an
 * HMAC-SHA256 of it under the server secret, bound to this challenge's id.
 */
export const OtpChallenge = model
  .define("otp_challenge", {
    id: model.id({ prefix: "otpch" }).primaryKey(),
    actor_type: model.text(),
    phone: model.text(),
    client_ip: model.text().nullable(),
    code_hmac: model.text(),
    expires_at: model.dateTime(),
    failed_attempts: model.number().default(0),
    max_attempts: model.number(),
    status: model
      .enum(["pending", "verified", "locked", "superseded"])
      .default("pending"),
    verified_at: model.dateTime().nullable(),
    is_test_number: model.boolean().default(false),
  })
  .indexes([
    { on: ["phone", "created_at"] },
    { on: ["client_ip", "created_at"] },
  ])
