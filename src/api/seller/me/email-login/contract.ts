import { z } from "@medusajs/framework/zod"
import { defineRouteContract } from "../../../../lib/openapi"
import { SetEmailLoginBody } from "./validators"

const EmailLogin = z.object({ email_login: z.object({ email: z.string().nullable() }) })

export default defineRouteContract({
  tag: "Seller",
  GET: {
    summary: "The email the seller signs in to the admin with",
    description: "`null` until the seller sets one; the phone always signs in.",
    responses: { 200: { description: "The sign-in email", schema: EmailLogin, example: { email_login: { email: "asha@example.com" } } } },
  },
  POST: {
    summary: "Set the email and password for the admin",
    description:
      "The seller then signs in to the Medusa admin (`/app`, or `POST /auth/user/emailpass`) with that email and password as well as with the phone. The same email again changes the password; a new email replaces the old one, which stops signing in. `409` when the email already signs someone else in.",
    body: SetEmailLoginBody,
    errors: [409],
    responses: { 200: { description: "The sign-in email", schema: EmailLogin, example: { email_login: { email: "asha@example.com" } } } },
  },
})
