import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BOL_MODULE } from ".."
import { parseEncryptionKey, resolveEncryptionKey, SecretBox } from "../crypto"
import type BolModuleService from "../service"
import { shipmentDetail, shipmentListEntry } from "./fixtures"

jest.setTimeout(60 * 1000)

const KEY = "8f3c0f5d1e2a4b6c8d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e"
const OTHER_KEY = "0000000000000000000000000000000000000000000000000000000000000001"
const SECRET = "s3cr3t-client-secret-value"

type Row = Record<string, any>

moduleIntegrationTestRunner<BolModuleService>({
  moduleName: BOL_MODULE,
  resolve: "./src/modules/bol",
  moduleOptions: { bol: { encryptionKey: KEY } },
  pathToMigrations: "./src/modules/bol/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (query: string, params: unknown[] = []): Promise<Row[]> =>
      MikroOrmWrapper.forkManager().execute(query, params)

    /** The stored secret, decrypted with the module's key outside the module (the service never returns it). */
    async function decryptedSecret(accountId: string): Promise<string> {
      const [row] = await sql("SELECT client_secret_encrypted FROM bol_account WHERE id = ?", [accountId])
      return new SecretBox(parseEncryptionKey(KEY)).open(row.client_secret_encrypted, `bol_account:${accountId}`)
    }

    const account = (shopId = "shop_1", clientId = "client-1") =>
      service.createAccount({ shop_id: shopId, label: "Main bol account", client_id: clientId, client_secret: SECRET })

    async function shipmentState(accountId: string) {
      const shipments = await sql("SELECT * FROM bol_shipment WHERE account_id = ? ORDER BY shipment_id", [accountId])
      const items = await sql(
        "SELECT i.* FROM bol_shipment_item i JOIN bol_shipment s ON s.id = i.bol_shipment_id WHERE s.account_id = ? ORDER BY i.order_item_id",
        [accountId]
      )
      const events = await sql(
        "SELECT e.* FROM bol_transport_event e JOIN bol_shipment s ON s.id = e.bol_shipment_id WHERE s.account_id = ? ORDER BY e.event_date_time",
        [accountId]
      )
      return { shipments, items, events }
    }

    describe("bol accounts", () => {
      it("keeps the client secret encrypted at rest and decrypts it back", async () => {
        const created = await account()
        const [row] = await sql("SELECT * FROM bol_account WHERE id = ?", [created.id])
        expect(JSON.stringify(row)).not.toContain(SECRET)
        expect(row.client_secret_encrypted).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/)
        expect(row).toMatchObject({
          api_base_url: "https://api.bol.com",
          token_url: "https://login.bol.com/token",
          status: "active",
          resources: ["shipments"],
        })
        expect(await decryptedSecret(created.id)).toBe(SECRET)
        expect(await service.clientFor(created.id)).toBeDefined()
        expect("clientConfig" in service || "revealClientSecret" in service).toBe(false)
      })

      it("never hands out the secret or its ciphertext through the API-facing methods", async () => {
        const created = await account()
        for (const shown of [created, await service.retrieveAccount(created.id), ...(await service.listAccounts({ shop_id: "shop_1" }))]) {
          expect(shown).not.toHaveProperty("client_secret_encrypted")
          expect(JSON.stringify(shown)).not.toContain(SECRET)
          expect(shown).toMatchObject({ id: created.id, client_id: "client-1", label: "Main bol account" })
        }
      })

      it("re-encrypts a new secret on update", async () => {
        const created = await account()
        const [before] = await sql("SELECT client_secret_encrypted FROM bol_account WHERE id = ?", [created.id])
        await service.updateAccount(created.id, { client_secret: "rotated-secret", resources: ["shipments", "returns"] })
        const [after] = await sql("SELECT client_secret_encrypted, resources FROM bol_account WHERE id = ?", [created.id])
        expect(after.client_secret_encrypted).not.toBe(before.client_secret_encrypted)
        expect(after.resources).toEqual(["shipments", "returns"])
        expect(await decryptedSecret(created.id)).toBe("rotated-secret")
        await expect(service.updateAccount(created.id, { resources: ["offers" as any] })).rejects.toThrow(
          "resources must be a list of: shipments, orders, returns"
        )
      })

      it("refuses a second account with the same client id for one shop", async () => {
        await account("shop_1", "client-1")
        await account("shop_2", "client-1")
        await expect(account("shop_1", "client-1")).rejects.toThrow()
      })

      it("fails clearly with the wrong key, a malformed key, or a ciphertext moved to another account", async () => {
        const first = await account("shop_1", "client-1")
        const second = await account("shop_2", "client-2")
        const [row] = await sql("SELECT client_secret_encrypted FROM bol_account WHERE id = ?", [first.id])

        const wrongKey = new SecretBox(parseEncryptionKey(OTHER_KEY))
        expect(() => wrongKey.open(row.client_secret_encrypted, `bol_account:${first.id}`)).toThrow(
          /could not be decrypted: BAZAAR_BOL_ENCRYPTION_KEY differs/
        )
        const rightKey = new SecretBox(parseEncryptionKey(Buffer.from(KEY, "hex").toString("base64")))
        expect(rightKey.open(row.client_secret_encrypted, `bol_account:${first.id}`)).toBe(SECRET)

        await sql("UPDATE bol_account SET client_secret_encrypted = ? WHERE id = ?", [row.client_secret_encrypted, second.id])
        await expect(service.clientFor(second.id)).rejects.toThrow(/BAZAAR_BOL_ENCRYPTION_KEY/)

        const warn = jest.fn()
        expect(() => resolveEncryptionKey("not-a-key", { production: false, warn })).toThrow(
          /BAZAAR_BOL_ENCRYPTION_KEY is malformed/
        )
        expect(() => resolveEncryptionKey(undefined, { production: true, warn })).toThrow(
          /BAZAAR_BOL_ENCRYPTION_KEY must be set when NODE_ENV=production/
        )
        expect(resolveEncryptionKey(undefined, { production: false, warn })).toHaveLength(32)
        expect(warn).toHaveBeenCalledWith(expect.stringContaining("BAZAAR_BOL_ENCRYPTION_KEY is not set"))
      })
    })

    describe("bol shipments", () => {
      it("upserts the same details twice without duplicates, then applies a changed payload", async () => {
        const { id } = await account()
        const details = [shipmentDetail("1001"), shipmentDetail("1002")]

        const first = await service.upsertShipmentDetails(id, details)
        expect(first).toEqual({ upserted: 2, inserted: ["1001", "1002"] })
        const once = await shipmentState(id)
        expect(await service.upsertShipmentDetails(id, details)).toEqual({ upserted: 2, inserted: [] })
        const twice = await shipmentState(id)
        expect(twice.shipments.map((row) => row.id)).toEqual(once.shipments.map((row) => row.id))
        expect(twice.items.map((row) => row.id)).toEqual(once.items.map((row) => row.id))
        expect(twice.items).toHaveLength(4)
        expect(twice.events).toHaveLength(4)

        const [shipment] = twice.shipments
        expect(shipment).toMatchObject({
          shipment_id: "1001",
          order_id: "order-1001",
          fulfilment_method: "FBR",
          shipment_reference: "REF-1001",
          pickup_point: true,
          transport_id: "transport-1001",
          transporter_code: "TNT",
          track_and_trace: "3SAOLD1234567",
          shipping_label_id: "123456789",
          list_seen_at: null,
        })
        expect(new Date(shipment.shipment_date).toISOString()).toBe("2026-10-20T17:20:11.000Z")
        expect(shipment.shipment_details).toMatchObject({ city: "Utrecht", pickupPointName: "Albert Heijn: UTRECHT" })
        expect(shipment.billing_details).toMatchObject({ vatNumber: "NL123456789B01" })
        expect(shipment.raw).toEqual(details[0])
        expect(twice.items[0]).toMatchObject({
          order_item_id: "1001-1",
          order_id: "order-1001",
          ean: "8712626055150",
          title: "Star Wars - Original Trilogy",
          quantity: 3,
          quantity_shipped: 3,
          offer_id: "offer-1001-1",
          offer_reference: "Test1",
          fulfilment_method: "FBR",
          distribution_party: "RETAILER",
          latest_delivery_date: "2026-10-21",
        })
        expect(Number(twice.items[0].offer_price)).toBe(34.99)
        expect(twice.items[0].raw_offer_price).toEqual({ value: "34.99", precision: 20 })

        // The same shipment again: new track and trace, one item gone, one changed, an event more.
        const changed = shipmentDetail("1001", {
          trackAndTrace: "3SNEW0000001",
          items: [{ orderItemId: "1001-1", quantity: 2, unitPrice: 30 }],
          events: [
            { eventCode: "PRE_ANNOUNCED", eventDateTime: "2026-10-20T19:25:00+02:00" },
            { eventCode: "AT_TRANSPORTER", eventDateTime: "2026-10-20T21:02:11+02:00" },
            { eventCode: "DELIVERED_AT_CUSTOMER", eventDateTime: "2026-10-21T13:02:11+02:00" },
          ],
        })
        expect(await service.upsertShipmentDetails(id, [changed])).toEqual({ upserted: 1, inserted: [] })
        const after = await shipmentState(id)
        expect(after.shipments).toHaveLength(2)
        expect(after.shipments[0]).toMatchObject({ id: shipment.id, track_and_trace: "3SNEW0000001" })
        const items1001 = after.items.filter((row) => row.order_item_id.startsWith("1001-"))
        expect(items1001).toHaveLength(1)
        expect(items1001[0]).toMatchObject({ id: once.items[0].id, quantity: 2 })
        expect(Number(items1001[0].offer_price)).toBe(30)
        expect(after.events.filter((row) => row.bol_shipment_id === shipment.id).map((row) => row.event_code)).toEqual([
          "PRE_ANNOUNCED",
          "AT_TRANSPORTER",
          "DELIVERED_AT_CUSTOMER",
        ])
        // The other shipment is untouched.
        expect(after.items.filter((row) => row.order_item_id.startsWith("1002-"))).toHaveLength(2)
      })

      it("keeps one row per shipment under concurrent upserts", async () => {
        const { id } = await account()
        const variants = Array.from({ length: 8 }, (_, i) =>
          shipmentDetail("2001", { trackAndTrace: `3SRACE${i}`, items: [{ orderItemId: "2001-1", quantity: i + 1, unitPrice: 10 }] })
        )
        const results = await Promise.all(variants.map((detail) => service.upsertShipmentDetails(id, [detail, shipmentDetail("2002")])))
        expect(results.flatMap((result) => result.inserted).sort()).toEqual(["2001", "2002"])
        const state = await shipmentState(id)
        expect(state.shipments.map((row) => row.shipment_id)).toEqual(["2001", "2002"])
        expect(state.items.filter((row) => row.order_item_id === "2001-1")).toHaveLength(1)
        expect(state.items).toHaveLength(3)
        expect(state.events).toHaveLength(4)
        // Whichever write came last wrote the whole shipment: its item and its track and trace agree.
        const quantity = state.items.find((row) => row.order_item_id === "2001-1")!.quantity
        expect(state.shipments[0].track_and_trace).toBe(`3SRACE${quantity - 1}`)
      })

      it("records list entries as stubs, keeps details, and lists what still needs a detail", async () => {
        const { id } = await account()
        const seen = await service.markShipmentsSeen(id, ["3001", "3002", "3003"].map(shipmentListEntry), {
          fulfilment_method: "FBR",
        })
        expect(seen).toEqual({ upserted: 3, inserted: ["3001", "3002", "3003"] })
        expect((await service.shipmentsMissingDetail(id, 10)).sort()).toEqual(["3001", "3002", "3003"])

        await service.upsertShipmentDetails(id, [shipmentDetail("3002", { trackAndTrace: "3SDETAIL" })])
        expect((await service.shipmentsMissingDetail(id, 10)).sort()).toEqual(["3001", "3003"])
        expect(await service.shipmentsMissingDetail(id, 1)).toHaveLength(1)

        const again = await service.markShipmentsSeen(id, [shipmentListEntry("3002"), shipmentListEntry("3004")], {
          fulfilment_method: "FBR",
        })
        expect(again).toEqual({ upserted: 2, inserted: ["3004"] })
        const [row] = await sql("SELECT * FROM bol_shipment WHERE account_id = ? AND shipment_id = '3002'", [id])
        expect(row).toMatchObject({ track_and_trace: "3SDETAIL", shipment_reference: "REF-3002", fulfilment_method: "FBR" })
        expect(row.list_seen_at).not.toBeNull()
        expect(row.raw).toMatchObject({ shipmentId: "3002", billingDetails: expect.any(Object) })
      })
    })

    describe("bol records (orders, returns)", () => {
      const order = (orderId: string, status: "OPEN" | "HANDLED") => ({
        orderId,
        orderPlacedDateTime: "2026-11-01T10:00:00+01:00",
        orderItems: [{ orderItemId: `${orderId}-1`, fulfilmentMethod: "FBR", fulfilmentStatus: status, quantity: 1 }],
      })

      it("upserts list entries and details idempotently; a status change marks the detail stale", async () => {
        const { id } = await account()
        expect(await service.upsertRecords(id, "orders", [order("o1", "OPEN"), order("o2", "OPEN")], { detail: false })).toEqual({
          upserted: 2,
          inserted: ["o1", "o2"],
        })
        expect(await service.upsertRecords(id, "orders", [order("o1", "OPEN")], { detail: false })).toMatchObject({ inserted: [] })
        expect((await service.recordsMissingDetail(id, "orders")).sort()).toEqual(["o1", "o2"])

        const detail = { ...order("o1", "OPEN"), shipmentDetails: { city: "Utrecht" } }
        await service.upsertRecords(id, "orders", [detail], { detail: true })
        expect(await service.recordsMissingDetail(id, "orders")).toEqual(["o2"])
        const [stored] = await sql("SELECT * FROM bol_record WHERE account_id = ? AND external_id = 'o1'", [id])
        expect(stored).toMatchObject({ resource: "orders", order_id: "o1", fulfilment_method: "FBR", status: "OPEN", raw: detail })

        // Seen again on the list, unchanged: the detail stays.
        await service.upsertRecords(id, "orders", [order("o1", "OPEN")], { detail: false })
        expect(await service.recordsMissingDetail(id, "orders")).toEqual(["o2"])
        // Shipped since: the list says HANDLED, so the detail must be fetched again.
        await service.upsertRecords(id, "orders", [order("o1", "HANDLED")], { detail: false })
        expect((await service.recordsMissingDetail(id, "orders")).sort()).toEqual(["o1", "o2"])

        const rows = await sql("SELECT resource, external_id FROM bol_record WHERE account_id = ?", [id])
        expect(rows).toHaveLength(2)
        await service.upsertRecords(id, "returns", [{ returnId: 77, fulfilmentMethod: "FBR", returnItems: [] }], { detail: false })
        expect(await service.recordsMissingDetail(id, "returns")).toEqual(["77"])
      })
    })

    describe("bol sync runs", () => {
      it("counts progress from concurrent workers exactly and records the outcome on the account", async () => {
        const { id } = await account()
        const run = await service.startRun({ account_id: id, resource: "shipments", trigger: "manual", pending_units: 20 })
        expect(run).toMatchObject({ status: "running", pages: 0, records: 0, pending_units: 20, errors: [] })

        await Promise.all(
          Array.from({ length: 20 }, (_, page) =>
            service.recordRunProgress(run.id, { pages: 1, records: 50, pending_units: -1, cursor: { page } })
          )
        )
        await service.recordRunError(run.id, { unit: "detail 914587795", status: 502, message: "bol.com answered 502" })
        const finished = await service.finishRun(run.id)
        expect(finished).toMatchObject({ status: "succeeded", pages: 20, records: 1000, pending_units: 0 })
        expect(finished.errors).toEqual([
          { at: expect.any(String), unit: "detail 914587795", status: 502, message: "bol.com answered 502" },
        ])
        expect(finished.finished_at).toBeTruthy()
        const synced = await service.retrieveAccount(id)
        expect(synced.last_sync_at).toEqual(finished.finished_at)

        // A finished run stays finished.
        expect(await service.finishRun(run.id, { status: "failed", error: "late" })).toMatchObject({ status: "succeeded" })
        const failing = await service.startRun({ account_id: id, resource: "orders", trigger: "schedule" })
        await service.finishRun(failing.id, { status: "failed", error: "BolAuthError: refused" })
        expect(await service.retrieveAccount(id)).toMatchObject({ last_error: "BolAuthError: refused" })
      })
    })
  },
})
