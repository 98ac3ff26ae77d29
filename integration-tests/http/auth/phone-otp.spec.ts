import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { useEnv } from "../../helpers/env"
import { lastCodeFor, useFakeTwilio } from "../../helpers/fake-twilio"
import { jwtPayload } from "../../helpers/jwt"
import { storeHeaders } from "../../helpers/store"
import { adminHeaders } from "../../helpers/admin"
import { captureOutputAndEvents } from "../../helpers/capture"
import { checkResponsesAgainstContract } from "../../helpers/contract-check"

jest.setTimeout(120 * 1000)

const PHONE = "+919876543210"
const PHONE_AS_TYPED = "098765 43210" // national format, default region IN
const OTHER_PHONE = "+31612345678"

useEnv({
  BAZAAR_OTP_MAX_CODES_PER_PHONE_PER_HOUR: "3",
  BAZAAR_OTP_MAX_CODES_PER_IP_PER_HOUR: "4",
  BAZAAR_OTP_TEST_NUMBERS: "+919000000001:123456",
})
const twilio = useFakeTwilio()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    checkResponsesAgainstContract(api)
    const post = (actor: string, body: unknown) =>
      api.post(`/auth/${actor}/phone-otp`, body).catch((error) => error.response)

    async function loginWithCode(actor: string, phone: string) {
      const sent = await post(actor, { phone })
      expect(sent.status).toBe(200)
      return post(actor, { phone, code: lastCodeFor(twilio.current(), phone) })
    }

    async function challengesOf(phone: string, status?: string) {
      const { rows } = await dbConnection.raw(
        `SELECT * FROM otp_challenge WHERE phone = ?${status ? " AND status = ?" : ""}`,
        status ? [phone, status] : [phone]
      )
      return rows
    }

    /** Moves every challenge of a phone `seconds` into the past. */
    async function ageChallenges(phone: string, seconds: number) {
      await dbConnection.raw(
        `UPDATE otp_challenge SET created_at = created_at - make_interval(secs => ?) WHERE phone = ?`,
        [seconds, phone]
      )
    }

    describe("customer login", () => {
      it("sends a code, trades it for a customer token, and creates one customer per phone", async () => {
        const sent = await post("customer", { phone: PHONE_AS_TYPED })
        expect(sent.status).toBe(200)
        expect(sent.data).toEqual({ location: "otp", expires_in: 300 })
        expect(twilio.current().messages).toHaveLength(1)
        expect(twilio.current().messages[0]).toMatchObject({ to: PHONE, from: "+15005550006" })

        const code = lastCodeFor(twilio.current(), PHONE)
        const verified = await post("customer", { phone: PHONE_AS_TYPED, code })
        expect(verified.status).toBe(200)
        const claims = jwtPayload(verified.data.token)
        expect(claims.actor_type).toBe("customer")
        expect(claims.actor_id).toMatch(/^cus_/)

        const me = await api.get("/store/customers/me", {
          headers: {
            authorization: `Bearer ${verified.data.token}`,
            ...(await storeHeaders(getContainer())).headers,
          },
        })
        expect(me.data.customer).toMatchObject({ id: claims.actor_id, phone: PHONE })

        await ageChallenges(PHONE, 3600)
        const again = await loginWithCode("customer", PHONE)
        expect(jwtPayload(again.data.token).actor_id).toBe(claims.actor_id)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: customers } = await query.graph({
          entity: "customer",
          fields: ["id"],
          filters: { phone: PHONE },
        })
        expect(customers).toHaveLength(1)
      })
    })

    describe("seller login", () => {
      it("gives a verified seller identity, ready for seller registration", async () => {
        const verified = await loginWithCode("seller", PHONE)
        expect(verified.status).toBe(200)
        const claims = jwtPayload(verified.data.token)
        expect(claims).toMatchObject({ actor_type: "seller", actor_id: "" })
        expect(claims.auth_identity_id).toMatch(/^authid_/)
        expect(claims.user_metadata).toEqual({ phone: PHONE })
      })

      it("is refused for actor types outside otp.actorTypes, before any SMS", async () => {
        const response = await post("vendor", { phone: PHONE })
        expect(response.status).toBe(401)
        expect(response.data.message).toBe("Phone + OTP login is not available for vendor")
        expect(twilio.current().messages).toHaveLength(0)
      })
    })

    describe("wrong, expired and reused codes", () => {
      it("locks the challenge after five wrong codes, even for the right code", async () => {
        await post("customer", { phone: PHONE })
        const code = lastCodeFor(twilio.current(), PHONE)
        const wrong = code === "000000" ? "111111" : "000000"
        const answers: { status: number; message: string }[] = []
        for (let i = 0; i < 5; i++) {
          const r = await post("customer", { phone: PHONE, code: wrong })
          answers.push({ status: r.status, message: r.data.message })
        }
        expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 401])
        expect(answers[3].message).toBe("Invalid or expired code")
        expect(answers[4].message).toBe("Too many wrong codes; request a new code")

        const right = await post("customer", { phone: PHONE, code })
        expect(right.status).toBe(401)
        const [row] = await challengesOf(PHONE)
        expect(row).toMatchObject({ status: "locked", failed_attempts: 5 })
      })

      it("refuses an expired code", async () => {
        await post("customer", { phone: PHONE })
        await dbConnection.raw(
          `UPDATE otp_challenge SET expires_at = now() - interval '1 second' WHERE phone = ?`,
          [PHONE]
        )
        const r = await post("customer", { phone: PHONE, code: lastCodeFor(twilio.current(), PHONE) })
        expect(r.status).toBe(401)
        expect(r.data.message).toBe("Invalid or expired code")
      })

      it("accepts a code once", async () => {
        await post("customer", { phone: PHONE })
        const code = lastCodeFor(twilio.current(), PHONE)
        expect((await post("customer", { phone: PHONE, code })).status).toBe(200)
        expect((await post("customer", { phone: PHONE, code })).status).toBe(401)
      })

      it("gives exactly one token to two concurrent verifies of the right code", async () => {
        await post("customer", { phone: PHONE })
        const code = lastCodeFor(twilio.current(), PHONE)
        const results = await Promise.all(
          Array.from({ length: 2 }, () => post("customer", { phone: PHONE, code }))
        )
        expect(results.map((r) => r.status).sort()).toEqual([200, 401])
      })

      it("only honours the latest code of a phone", async () => {
        await post("customer", { phone: PHONE })
        const first = lastCodeFor(twilio.current(), PHONE)
        await ageChallenges(PHONE, 120)
        await post("customer", { phone: PHONE })
        const second = lastCodeFor(twilio.current(), PHONE)
        if (first !== second) {
          expect((await post("customer", { phone: PHONE, code: first })).status).toBe(401)
        }
        expect((await post("customer", { phone: PHONE, code: second })).status).toBe(200)
      })
    })

    describe("abuse limits", () => {
      it("answers 429 with Retry-After inside the resend cooldown, which grows", async () => {
        expect((await post("customer", { phone: PHONE })).status).toBe(200)
        const early = await post("customer", { phone: PHONE })
        expect(early.status).toBe(429)
        expect(Number(early.headers["retry-after"])).toBeGreaterThan(55)
        expect(Number(early.headers["retry-after"])).toBeLessThanOrEqual(60)
        expect(twilio.current().messages).toHaveLength(1)

        await ageChallenges(PHONE, 61)
        expect((await post("customer", { phone: PHONE })).status).toBe(200)
        const second = await post("customer", { phone: PHONE })
        expect(second.status).toBe(429)
        expect(Number(second.headers["retry-after"])).toBeGreaterThan(115)
      })

      it("caps the codes per phone number per hour", async () => {
        for (let i = 0; i < 3; i++) {
          expect((await post("customer", { phone: PHONE })).status).toBe(200)
          await ageChallenges(PHONE, 300)
        }
        const capped = await post("customer", { phone: PHONE })
        expect(capped.status).toBe(429)
        expect(capped.data.message).toMatch(/Too many codes requested for this number/)
        expect(Number(capped.headers["retry-after"])).toBeGreaterThan(0)
      })

      it("caps the codes per client IP per hour", async () => {
        const phones = ["+919876500001", "+919876500002", "+919876500003", "+919876500004", "+919876500005"]
        const statuses: number[] = []
        for (const phone of phones) statuses.push((await post("customer", { phone })).status)
        expect(statuses).toEqual([200, 200, 200, 200, 429])
      })
    })

    describe("no account enumeration, clear errors", () => {
      it("answers a known and an unknown number alike", async () => {
        await loginWithCode("customer", PHONE)
        await ageChallenges(PHONE, 3600)
        const known = await post("customer", { phone: PHONE })
        const unknown = await post("customer", { phone: OTHER_PHONE })
        expect(known.status).toBe(unknown.status)
        expect(known.data).toEqual(unknown.data)
        expect(Object.keys(known.headers).sort()).toEqual(Object.keys(unknown.headers).sort())
      })

      it("answers 400 for an invalid phone number, saying so", async () => {
        const r = await post("customer", { phone: "12345" })
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/phone "12345" is not a valid phone number/)
      })

      it("answers 400 for a missing phone, a malformed code or an unknown field", async () => {
        expect((await post("customer", {})).status).toBe(400)
        const badCode = await post("customer", { phone: PHONE, code: "12ab" })
        expect(badCode.status).toBe(400)
        expect(badCode.data.message).toBe("code must be 6 digits")
        const extra = await post("customer", { phone: PHONE, verification: "forged" })
        expect(extra.status).toBe(400)
      })

      it("accepts the configured test number with its fixed code, without an SMS", async () => {
        expect((await post("customer", { phone: "+919000000001" })).status).toBe(200)
        const r = await post("customer", { phone: "+919000000001", code: "123456" })
        expect(r.status).toBe(200)
        expect(twilio.current().messages).toHaveLength(0)
      })

      it("leaves no challenge behind when the SMS cannot be sent", async () => {
        twilio.current().failNext(503)
        const r = await post("customer", { phone: PHONE })
        expect(r.status).toBe(500)
        expect(r.data.message).toMatch(/Twilio refused the SMS: HTTP 503/)
        const pending = await challengesOf(PHONE, "pending")
        expect(pending).toHaveLength(0)
      })
    })

    describe("secrecy", () => {
      it("keeps the code out of logs, events, responses and every table", async () => {
        const capture = captureOutputAndEvents(getContainer())
        const responses: unknown[] = []
        let code = ""
        try {
          const sent = await post("customer", { phone: PHONE })
          responses.push(sent.data, sent.headers)
          code = lastCodeFor(twilio.current(), PHONE)
          const wrong = await post("customer", { phone: PHONE, code: code === "999999" ? "888888" : "999999" })
          responses.push(wrong.data, wrong.headers)
          const verified = await post("customer", { phone: PHONE, code })
          responses.push(verified.data, verified.headers)
          expect(verified.status).toBe(200)
        } finally {
          capture.stop()
        }
        const asWord = new RegExp(`(^|[^0-9])${code}([^0-9]|$)`)
        expect(capture.lines.length).toBeGreaterThan(0)
        expect(capture.lines.filter((line) => asWord.test(line))).toEqual([])
        expect(capture.events.filter((e) => asWord.test(JSON.stringify(e)))).toEqual([])
        expect(responses.filter((r) => asWord.test(JSON.stringify(r)))).toEqual([])

        const { rows: tables } = await dbConnection.raw(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        )
        const leaks: string[] = []
        for (const { table_name } of tables) {
          const { rows } = await dbConnection.raw(`SELECT t::text AS row FROM "${table_name}" t`)
          for (const { row } of rows) if (asWord.test(row)) leaks.push(`${table_name}: ${row}`)
        }
        expect(leaks).toEqual([])
        const [challenge] = await challengesOf(PHONE)
        expect(challenge.code_hmac).toMatch(/^[0-9a-f]{64}$/)
      })
    })

    describe("operator view", () => {
      it("counts sent, verified, failed and locked per day, without codes or numbers", async () => {
        await loginWithCode("customer", PHONE)
        await post("customer", { phone: OTHER_PHONE })
        for (let i = 0; i < 5; i++) await post("customer", { phone: OTHER_PHONE, code: "000000" })
        const r = await api.get("/admin/bazaar/otp-activity?days=7", await adminHeaders(api, getContainer()))
        expect(r.data.activity).toHaveLength(1)
        expect(r.data.activity[0]).toMatchObject({ sent: 2, verified: 1, locked: 1 })
        expect(r.data.activity[0].failed).toBeGreaterThanOrEqual(4)
        expect(JSON.stringify(r.data)).not.toContain(PHONE)
        const bad = await api
          .get("/admin/bazaar/otp-activity?days=0", await adminHeaders(api, getContainer(), "op2@bazaar.test"))
          .catch((e) => e.response)
        expect(bad.status).toBe(400)
      })
    })

    describe("official @medusajs/js-sdk", () => {
      it("logs a customer in as a storefront would", async () => {
        const { headers } = await storeHeaders(getContainer())
        const sdk = new Medusa({
          baseUrl: api.defaults.baseURL as string,
          publishableKey: headers["x-publishable-api-key"],
          auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
        })
        const first = await sdk.auth.login("customer", "phone-otp", { phone: PHONE })
        expect(first).toEqual({ location: "otp" })
        const token = await sdk.auth.login("customer", "phone-otp", {
          phone: PHONE,
          code: lastCodeFor(twilio.current(), PHONE),
        })
        expect(typeof token).toBe("string")
        const { customer } = await sdk.store.customer.retrieve()
        expect(customer.phone).toBe(PHONE)
      })
    })
  },
})
