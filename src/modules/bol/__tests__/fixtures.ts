/** A v10 `Shipment` detail shaped like bol's (spec sheet §3.2), with overridable parts. */
export function shipmentDetail(
  shipmentId: string,
  overrides: {
    trackAndTrace?: string
    items?: { orderItemId: string; quantity: number; unitPrice: number; method?: "FBR" | "FBB" }[]
    events?: { eventCode: string; eventDateTime: string }[]
  } = {}
): Record<string, unknown> {
  const items = overrides.items ?? [
    { orderItemId: `${shipmentId}-1`, quantity: 3, unitPrice: 34.99 },
    { orderItemId: `${shipmentId}-2`, quantity: 1, unitPrice: 12.5 },
  ]
  return {
    shipmentId,
    shipmentDateTime: "2026-10-20T19:20:11+02:00",
    shipmentReference: `REF-${shipmentId}`,
    pickupPoint: true,
    order: { orderId: `order-${shipmentId}`, orderPlacedDateTime: "2026-10-20T16:13:31+02:00" },
    shipmentDetails: {
      pickupPointName: "Albert Heijn: UTRECHT",
      salutation: "MALE",
      firstName: "Anakin",
      surname: "Skywalker",
      streetName: "Tatooinestraat",
      houseNumber: "100",
      zipCode: "3528BJ",
      city: "Utrecht",
      countryCode: "NL",
      email: "25whxgzlkmvotjhskwf5x27wlrldny@verkopen.test2.bol.com",
      language: "nl",
    },
    billingDetails: {
      salutation: "MALE",
      firstName: "Anakin",
      surname: "Skywalker",
      streetName: "Tatooinestraat",
      houseNumber: "100",
      zipCode: "3528BJ",
      city: "UTRECHT",
      countryCode: "NL",
      email: "25whxgzlkmvotjhskwf5x27wlrldny@verkopen.test2.bol.com",
      vatNumber: "NL123456789B01",
      orderReference: "Mijn order ref",
    },
    shipmentItems: items.map((item) => ({
      orderItemId: item.orderItemId,
      fulfilment: { method: item.method ?? "FBR", distributionParty: "RETAILER", latestDeliveryDate: "2026-10-21" },
      offer: { offerId: `offer-${item.orderItemId}`, reference: "Test1" },
      product: { ean: "8712626055150", title: "Star Wars - Original Trilogy" },
      quantity: item.quantity,
      quantityShipped: item.quantity,
      unitPrice: item.unitPrice,
      commission: 1.5,
    })),
    transport: {
      transportId: `transport-${shipmentId}`,
      transporterCode: "TNT",
      trackAndTrace: overrides.trackAndTrace ?? "3SAOLD1234567",
      shippingLabelId: "123456789",
      transportEvents: overrides.events ?? [
        { eventCode: "PRE_ANNOUNCED", eventDateTime: "2026-10-20T19:25:00+02:00" },
        { eventCode: "AT_TRANSPORTER", eventDateTime: "2026-10-20T21:02:11+02:00" },
      ],
    },
  }
}

/** A v10 `ReducedShipment`, as a list page has it. */
export function shipmentListEntry(shipmentId: string): Record<string, unknown> {
  return {
    shipmentId,
    shipmentDateTime: "2026-10-20T19:20:11+02:00",
    order: { orderId: `order-${shipmentId}`, orderPlacedDateTime: "2026-10-20T16:13:31+02:00" },
    shipmentItems: [{ orderItemId: `${shipmentId}-1`, ean: "8712626055150" }],
    transport: { transportId: `transport-${shipmentId}` },
  }
}
