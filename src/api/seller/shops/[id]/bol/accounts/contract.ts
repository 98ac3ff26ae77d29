import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../../../lib/openapi"
import { BolAccount, bolAccountExample } from "../responses"
import { CreateBolAccountBody } from "../validators"

export default defineRouteContract({
  tag: "Seller: bol.com",
  GET: {
    summary: "The shop's bol.com accounts (never their secrets)",
    errors: [404],
    responses: { 200: { description: "The accounts, oldest first", schema: z.object({ accounts: z.array(BolAccount) }), example: { accounts: [bolAccountExample] } } },
  },
  POST: {
    summary: "Connect a bol.com account",
    description:
      "The credentials are checked with one token request before anything is saved; the secret is stored encrypted and never answered. `409` for a second account of the same client.",
    body: CreateBolAccountBody,
    errors: [403, 404, 409],
    responses: { 201: { description: "The connected account", schema: z.object({ account: BolAccount }), example: { account: bolAccountExample } } },
  },
})
