import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../lib/openapi"
import { SellerRecord, sellerRecordExample } from "../shops/responses"
import { RegisterSellerBody } from "./validators"

export default defineRouteContract({
  tag: "Seller",
  POST: {
    summary: "Register the phone-verified identity as a seller",
    description:
      "Takes the token of `POST /auth/seller/phone-otp`. Refresh the token afterwards (`POST /auth/token/refresh`) to act as the seller. `400` if the identity already is a seller, `422` if the phone number has one.",
    access: "unregistered-seller",
    body: RegisterSellerBody,
    errors: [422],
    responses: {
      201: { description: "The new seller (`pending` when sellers need approval)", schema: z.object({ seller: SellerRecord }), example: { seller: sellerRecordExample } },
    },
  },
})
