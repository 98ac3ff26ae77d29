import { createCatalog, type Product } from "./catalog"
import type { SimClock } from "./clock"
import { Rng, SALT, mix, rngFor } from "./prng"
import {
  FULFILMENT_METHODS,
  isHandled,
  type FulfilmentMethod,
  type OrderItemRec,
  type OrderRec,
  type ProcessRec,
  type ReturnItemRec,
  type ReturnRec,
  type ShipmentRec,
  type TimeFrameType,
} from "./records"
import { DAY, MINUTE, dateAmsterdam, threeMonthsBefore } from "./time"
import { trackAndTraceFor } from "./transport"
import { RETURN_REASONS } from "./vocab"

export const PAGE_SIZE = 50
/** Handled order items stay in the orders list for 48 hours. */
export const HANDLED_ORDER_VISIBILITY_MS = 48 * 60 * MINUTE
/** Process statuses are kept for 48 hours, then GET answers 404. */
export const PROCESS_STATUS_RETENTION_MS = 48 * 60 * MINUTE

type PerMethod = { FBR?: number; FBB?: number }
export type SeedCounts = {
  shipments?: number | PerMethod
  orders?: number | PerMethod
  returns?: number | PerMethod
}

export const DEFAULT_SEED_COUNTS = {
  shipments: { FBR: 120, FBB: 80 },
  orders: { FBR: 42, FBB: 18 },
  returns: { FBR: 32, FBB: 8 },
} as const

/** A number is split over FBR and FBB by `fbrShare`; an object is taken as given. */
function perMethod(value: number | PerMethod | undefined, fallback: PerMethod, fbrShare: number) {
  if (value === undefined) {
    return { FBR: fallback.FBR ?? 0, FBB: fallback.FBB ?? 0 }
  }
  if (typeof value === "number") {
    const fbr = Math.round(value * fbrShare)
    return { FBR: fbr, FBB: value - fbr }
  }
  return { FBR: value.FBR ?? 0, FBB: value.FBB ?? 0 }
}

/** Index of the first element whose `at` is >= time (arrays sorted by `at` ascending). */
function lowerBound<T>(items: T[], time: number, at: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (at(items[middle]) < time) {
      low = middle + 1
    } else {
      high = middle
    }
  }
  return low
}

/** Index of the first element whose `at` is > time. */
function upperBound<T>(items: T[], time: number, at: (item: T) => number): number {
  return lowerBound(items, time + 1, at)
}

const shipmentAt = (shipment: ShipmentRec) => shipment.at
const orderAt = (order: OrderRec) => order.placedAt

export type ShipmentRequestInput = {
  orderItems: { orderItemId: string; quantity?: number }[]
  shipmentReference?: string | null
  shippingLabelId?: string
  transport?: { transporterCode: string; trackAndTrace?: string }
}

export type OrdersQuery = {
  fulfilmentMethod: FulfilmentMethod | "ALL"
  status: "OPEN" | "SHIPPED" | "ALL"
  page: number
  changeIntervalMinute?: number
  latestChangeDate?: string
}

/**
 * The simulated retailer account: shipments (FBR and FBB), orders, returns
 * and process statuses, generated deterministically from a seed and then
 * changed through the API and by tests. Times come from the simulator clock.
 */
export class BolStore {
  readonly seed: number
  readonly catalog: Product[]
  processingDelayMs: number
  private readonly clock: SimClock
  private readonly idRng: Rng
  private readonly seq = {
    shipment: 600_000_000,
    transport: 300_000_000,
    order: 1_040_000_000,
    orderItem: 6_100_000_000,
    returnId: 15_000_000,
    rma: 60_000_000,
    process: 0,
    customer: 0,
    key: 0,
  }
  private readonly shipmentsByMethod: Record<FulfilmentMethod, ShipmentRec[]> = { FBR: [], FBB: [] }
  private readonly shipmentById = new Map<string, ShipmentRec>()
  private readonly shipmentsByOrderId = new Map<string, ShipmentRec[]>()
  private readonly shipmentByTransportId = new Map<string, ShipmentRec>()
  private readonly lastShipment: Partial<Record<FulfilmentMethod, ShipmentRec>> = {}
  private readonly orders: OrderRec[] = []
  private readonly orderById = new Map<string, OrderRec>()
  private readonly orderItemById = new Map<string, { order: OrderRec; item: OrderItemRec }>()
  private readonly returns: ReturnRec[] = []
  private readonly returnById = new Map<string, ReturnRec>()
  private readonly returnItemByRmaId = new Map<string, { ret: ReturnRec; item: ReturnItemRec }>()
  private readonly processes = new Map<string, ProcessRec>()
  private pending: ProcessRec[] = []

  constructor(options: { seed?: number; clock: SimClock; counts?: SeedCounts; processingDelayMs?: number }) {
    this.seed = (options.seed ?? 1) >>> 0
    this.clock = options.clock
    this.processingDelayMs = options.processingDelayMs ?? 0
    this.catalog = createCatalog(this.seed)
    this.idRng = new Rng(mix(this.seed, 0x1d))
    const counts = options.counts ?? {}
    const now = this.clock.now()
    const shipments = perMethod(counts.shipments, DEFAULT_SEED_COUNTS.shipments, 0.6)
    this.generateShipments(shipments.FBR, shipments.FBB, now - 85 * DAY, now - 10 * MINUTE)
    const orders = perMethod(counts.orders, DEFAULT_SEED_COUNTS.orders, 0.7)
    this.generateOrders(orders.FBR, orders.FBB, now - 3 * DAY, now - 5 * MINUTE)
    const returns = perMethod(counts.returns, DEFAULT_SEED_COUNTS.returns, 0.8)
    this.generateReturns(returns.FBR, returns.FBB, now - 30 * DAY, now - 15 * MINUTE)
  }

  // ---------------------------------------------------------------- ids

  private nextId(name: "shipment" | "transport" | "order" | "orderItem" | "returnId" | "rma", maxGap: number) {
    this.seq[name] += 1 + Math.floor(this.idRng.next() * maxGap)
    return String(this.seq[name])
  }

  // ---------------------------------------------------------- generation

  /** Spreads `FBR + FBB` shipments evenly (interleaved) over [from, to]. */
  private generateShipments(fbr: number, fbb: number, from: number, to: number): ShipmentRec[] {
    const total = fbr + fbb
    const created: ShipmentRec[] = []
    const step = total > 0 ? (to - from) / total : 0
    for (let i = 0; i < total; i++) {
      const isFbr = Math.floor(((i + 1) * fbr) / total) > Math.floor((i * fbr) / total)
      const jitter = total > 1 ? (mix(this.seed, i) / 4294967296 - 0.5) * 0.8 : 0
      const at = Math.round(from + (i + 0.5 + jitter) * step)
      created.push(this.insertShipment(this.makeShipment(isFbr ? "FBR" : "FBB", at)))
    }
    return created
  }

  private makeShipment(method: FulfilmentMethod, at: number): ShipmentRec {
    const key = this.seq.key++
    const rng = rngFor(this.seed, SALT.shipments, key)
    const previous = this.lastShipment[method]
    const splitOrder = previous !== undefined && rng.chance(0.05) && at - previous.orderPlacedAt < 5 * DAY
    const itemCount = rng.weighted([[1, 80], [2, 15], [3, 5]] as const)
    const items: ShipmentRec["items"] = []
    for (let i = 0; i < itemCount; i++) {
      items.push({
        orderItemId: this.nextId("orderItem", 97),
        product: rng.int(0, this.catalog.length - 1),
        quantity: rng.weighted([[1, 85], [2, 10], [3, 5]] as const),
      })
    }
    const shipment: ShipmentRec = {
      shipmentId: this.nextId("shipment", 997),
      fulfilmentMethod: method,
      at,
      key,
      customerKey: splitOrder ? previous.customerKey : this.seq.customer++,
      orderId: splitOrder ? previous.orderId : this.nextId("order", 9973),
      orderPlacedAt: splitOrder ? previous.orderPlacedAt : at - rng.int(60, 1800) * MINUTE,
      shipmentReference: method === "FBB" ? `WSR${rng.digits(10)}` : `SHP-${rng.digits(7)}`,
      pickupPoint: splitOrder ? previous.pickupPoint : method === "FBR" && rng.chance(0.1),
      items,
      transportId: this.nextId("transport", 997),
    }
    this.lastShipment[method] = shipment
    return shipment
  }

  /** Adds a shipment to every index, keeping each list sorted by time. */
  private insertShipment(shipment: ShipmentRec): ShipmentRec {
    const list = this.shipmentsByMethod[shipment.fulfilmentMethod]
    if (list.length === 0 || list[list.length - 1].at <= shipment.at) {
      list.push(shipment)
    } else {
      list.splice(upperBound(list, shipment.at, shipmentAt), 0, shipment)
    }
    this.shipmentById.set(shipment.shipmentId, shipment)
    this.shipmentByTransportId.set(shipment.transportId, shipment)
    const ofOrder = this.shipmentsByOrderId.get(shipment.orderId)
    if (ofOrder) {
      ofOrder.push(shipment)
    } else {
      this.shipmentsByOrderId.set(shipment.orderId, [shipment])
    }
    return shipment
  }

  private generateOrders(fbr: number, fbb: number, from: number, to: number): OrderRec[] {
    const total = fbr + fbb
    const step = total > 0 ? (to - from) / total : 0
    const created: OrderRec[] = []
    for (let i = 0; i < total; i++) {
      const isFbr = Math.floor(((i + 1) * fbr) / total) > Math.floor((i * fbr) / total)
      created.push(this.insertOrder(this.makeOrder(isFbr ? "FBR" : "FBB", Math.round(from + (i + 0.5) * step))))
    }
    return created
  }

  private makeOrder(method: FulfilmentMethod, placedAt: number): OrderRec {
    const key = this.seq.key++
    const rng = rngFor(this.seed, SALT.orders, key)
    const itemCount = rng.weighted([[1, 75], [2, 18], [3, 7]] as const)
    const items: OrderItemRec[] = []
    for (let i = 0; i < itemCount; i++) {
      const timeFrameType: TimeFrameType =
        method === "FBB"
          ? "REGULAR"
          : rng.weighted([["REGULAR", 85], ["EVENING", 5], ["APPOINTMENT", 3], ["SAMEDAY", 4], ["SUNDAY", 3]] as const)
      items.push({
        orderItemId: this.nextId("orderItem", 97),
        product: rng.int(0, this.catalog.length - 1),
        fulfilmentMethod: method,
        quantity: rng.weighted([[1, 85], [2, 10], [3, 5]] as const),
        quantityShipped: 0,
        quantityCancelled: 0,
        cancellationRequest: rng.chance(0.03),
        timeFrameType,
        changedAt: placedAt,
      })
    }
    return {
      orderId: this.nextId("order", 9973),
      placedAt,
      key,
      customerKey: this.seq.customer++,
      pickupPoint: method === "FBR" && rng.chance(0.08),
      items,
    }
  }

  private insertOrder(order: OrderRec): OrderRec {
    const list = this.orders
    if (list.length === 0 || list[list.length - 1].placedAt <= order.placedAt) {
      list.push(order)
    } else {
      list.splice(upperBound(list, order.placedAt, orderAt), 0, order)
    }
    this.orderById.set(order.orderId, order)
    for (const item of order.items) {
      this.orderItemById.set(item.orderItemId, { order, item })
    }
    return order
  }

  private generateReturns(fbr: number, fbb: number, from: number, to: number): void {
    const total = fbr + fbb
    const step = total > 0 ? (to - from) / total : 0
    for (let i = 0; i < total; i++) {
      const isFbr = Math.floor(((i + 1) * fbr) / total) > Math.floor((i * fbr) / total)
      this.insertReturn(this.makeReturn(isFbr ? "FBR" : "FBB", Math.round(from + (i + 0.5) * step)))
    }
  }

  private makeReturn(method: FulfilmentMethod, registeredAt: number): ReturnRec {
    const rng = rngFor(this.seed, SALT.returns, this.seq.key++)
    const now = this.clock.now()
    const shipments = this.shipmentsByMethod[method]
    const eligible = lowerBound(shipments, registeredAt - DAY, shipmentAt)
    const source = eligible > 0 ? shipments[rng.int(0, eligible - 1)] : undefined
    const age = Math.max(0, now - registeredAt)
    const handled = age > 7 * DAY ? rng.chance(0.85) : rng.chance(0.3)
    const handledAt = handled ? registeredAt + Math.round(rng.next() * Math.min(age, 6 * DAY)) : undefined
    const sourceItems = source ? source.items : [{ orderItemId: "", product: rng.int(0, this.catalog.length - 1), quantity: 1 }]
    const itemCount = Math.min(sourceItems.length, rng.chance(0.1) ? 2 : 1)
    const orderId = source ? source.orderId : this.nextId("order", 9973)
    const customerKey = source ? source.customerKey : this.seq.customer++
    const trackAndTrace = rng.chance(0.7) ? `3SBLCR${rng.digits(9)}` : undefined
    const items: ReturnItemRec[] = []
    for (let i = 0; i < itemCount; i++) {
      items.push({
        rmaId: this.nextId("rma", 97),
        orderId,
        product: sourceItems[i].product,
        expectedQuantity: rng.int(1, sourceItems[i].quantity),
        customerKey,
        reason: rng.int(0, RETURN_REASONS.length - 1),
        key: this.seq.key++,
        handled,
        handledAt,
        processingResult: handled ? rng.weighted([["ACCEPTED", 85], ["REJECTED", 10], ["CANCELLED", 5]] as const) : undefined,
        handlingResult: handled
          ? rng.weighted([["RETURN_RECEIVED", 80], ["EXCHANGE_PRODUCT", 8], ["RETURN_DOES_NOT_MEET_CONDITIONS", 7], ["CUSTOMER_KEEPS_PRODUCT_PAID", 5]] as const)
          : undefined,
        trackAndTrace,
      })
    }
    return { returnId: this.nextId("returnId", 97), registeredAt, fulfilmentMethod: method, items }
  }

  private insertReturn(ret: ReturnRec): ReturnRec {
    const list = this.returns
    if (list.length === 0 || list[list.length - 1].registeredAt <= ret.registeredAt) {
      list.push(ret)
    } else {
      list.splice(lowerBound(list, ret.registeredAt + 1, (r) => r.registeredAt), 0, ret)
    }
    this.returnById.set(ret.returnId, ret)
    for (const item of ret.items) {
      this.returnItemByRmaId.set(item.rmaId, { ret, item })
    }
    return ret
  }

  // ------------------------------------------------------------ additions

  /**
   * Adds `count` shipments, newest first at the head of the list (as new
   * shipments appear at bol while a client pages). `at` defaults to now.
   */
  addShipments(count: number, options: { fulfilmentMethod?: FulfilmentMethod; at?: number } = {}): ShipmentRec[] {
    const method = options.fulfilmentMethod ?? "FBR"
    const at = options.at ?? this.clock.now()
    const created: ShipmentRec[] = []
    for (let i = 0; i < count; i++) {
      created.push(this.insertShipment(this.makeShipment(method, at)))
    }
    return created
  }

  /**
   * Removes the `count` oldest shipments the list shows (of `fulfilmentMethod`
   * if given, else the oldest of both methods), as shipments age out of bol's
   * 3-month window while a client pages. They leave every index, so their
   * details answer 404 like unknown ids. Returns the removed shipments, oldest
   * first (fewer than `count` if the list runs out).
   */
  ageOutShipments(count: number, options: { fulfilmentMethod?: FulfilmentMethod } = {}): ShipmentRec[] {
    const now = this.clock.now()
    const cutoff = threeMonthsBefore(now)
    const methods = options.fulfilmentMethod ? [options.fulfilmentMethod] : FULFILMENT_METHODS
    const removed: ShipmentRec[] = []
    while (removed.length < count) {
      let oldest: ShipmentRec | undefined
      for (const method of methods) {
        const list = this.shipmentsByMethod[method]
        const candidate = list[lowerBound(list, cutoff, shipmentAt)]
        if (candidate && candidate.at <= now && (!oldest || candidate.at < oldest.at)) {
          oldest = candidate
        }
      }
      if (!oldest) {
        break
      }
      this.removeShipment(oldest)
      removed.push(oldest)
    }
    return removed
  }

  /**
   * Takes these shipments off bol's lists (and their details, which then
   * answer 404), wherever they are: bol's lists are not strictly newest first
   * and entries leave them mid-walk. Answers the ids that were there.
   */
  removeShipments(shipmentIds: string[]): string[] {
    const removed: string[] = []
    for (const id of shipmentIds) {
      const shipment = this.shipmentById.get(id)
      if (shipment) {
        this.removeShipment(shipment)
        removed.push(id)
      }
    }
    return removed
  }

  /** Takes a shipment out of every index. */
  private removeShipment(shipment: ShipmentRec): void {
    const list = this.shipmentsByMethod[shipment.fulfilmentMethod]
    for (let i = lowerBound(list, shipment.at, shipmentAt); i < list.length && list[i].at === shipment.at; i++) {
      if (list[i] === shipment) {
        list.splice(i, 1)
        break
      }
    }
    this.shipmentById.delete(shipment.shipmentId)
    this.shipmentByTransportId.delete(shipment.transportId)
    const ofOrder = (this.shipmentsByOrderId.get(shipment.orderId) ?? []).filter((other) => other !== shipment)
    if (ofOrder.length > 0) {
      this.shipmentsByOrderId.set(shipment.orderId, ofOrder)
    } else {
      this.shipmentsByOrderId.delete(shipment.orderId)
    }
  }

  /** Adds `count` open orders placed at `at` (default now). */
  addOrders(count: number, options: { fulfilmentMethod?: FulfilmentMethod; at?: number } = {}): OrderRec[] {
    const at = options.at ?? this.clock.now()
    const created: OrderRec[] = []
    for (let i = 0; i < count; i++) {
      created.push(this.insertOrder(this.makeOrder(options.fulfilmentMethod ?? "FBR", at)))
    }
    return created
  }

  /** Adds `count` returns registered at `at` (default now). */
  addReturns(count: number, options: { fulfilmentMethod?: FulfilmentMethod; at?: number } = {}): ReturnRec[] {
    const at = options.at ?? this.clock.now()
    const created: ReturnRec[] = []
    for (let i = 0; i < count; i++) {
      created.push(this.insertReturn(this.makeReturn(options.fulfilmentMethod ?? "FBR", at)))
    }
    return created
  }

  /** Adds a transport event to a shipment (a SHIPMENT UPDATE_TRANSPORT_EVENT at bol). */
  addTransportEvent(shipmentId: string, eventCode: string, at = this.clock.now()): boolean {
    const shipment = this.shipmentById.get(shipmentId)
    if (!shipment) {
      return false
    }
    shipment.extraEvents = [...(shipment.extraEvents ?? []), { eventCode, at }]
    return true
  }

  // --------------------------------------------------------------- queries

  counts() {
    return {
      shipments: { FBR: this.shipmentsByMethod.FBR.length, FBB: this.shipmentsByMethod.FBB.length },
      orders: this.orders.length,
      returns: this.returns.length,
      processStatuses: this.processes.size,
    }
  }

  /** One page (newest first) of the shipments within the 3-month window. */
  listShipments(query: { fulfilmentMethod: FulfilmentMethod; orderId?: string; page: number }): ShipmentRec[] {
    const now = this.clock.now()
    const cutoff = threeMonthsBefore(now)
    const first = (query.page - 1) * PAGE_SIZE
    if (query.orderId !== undefined) {
      return (this.shipmentsByOrderId.get(query.orderId) ?? [])
        .filter((shipment) => shipment.at >= cutoff && shipment.at <= now)
        .sort((a, b) => b.at - a.at)
        .slice(first, first + PAGE_SIZE)
    }
    const list = this.shipmentsByMethod[query.fulfilmentMethod]
    const low = lowerBound(list, cutoff, shipmentAt)
    const high = upperBound(list, now, shipmentAt)
    const end = high - first
    if (end <= low) {
      return []
    }
    return list.slice(Math.max(low, end - PAGE_SIZE), end).reverse()
  }

  /** Every shipment id the list would show for a method, newest first. */
  visibleShipmentIds(fulfilmentMethod: FulfilmentMethod): string[] {
    const now = this.clock.now()
    const list = this.shipmentsByMethod[fulfilmentMethod]
    return list
      .slice(lowerBound(list, threeMonthsBefore(now), shipmentAt), upperBound(list, now, shipmentAt))
      .map((shipment) => shipment.shipmentId)
      .reverse()
  }

  getShipment(shipmentId: string): ShipmentRec | undefined {
    return this.shipmentById.get(shipmentId)
  }

  getShipmentByTransportId(transportId: string): ShipmentRec | undefined {
    return this.shipmentByTransportId.get(transportId)
  }

  /** One page (newest first) of orders with their matching items. */
  listOrders(query: OrdersQuery): { order: OrderRec; items: OrderItemRec[] }[] {
    const now = this.clock.now()
    const skip = (query.page - 1) * PAGE_SIZE
    let matched = 0
    const page: { order: OrderRec; items: OrderItemRec[] }[] = []
    for (let i = this.orders.length - 1; i >= 0 && page.length < PAGE_SIZE; i--) {
      const order = this.orders[i]
      if (order.placedAt > now) {
        continue
      }
      const items = order.items.filter((item) => this.orderItemMatches(item, query, now))
      if (items.length === 0) {
        continue
      }
      if (matched++ >= skip) {
        page.push({ order, items })
      }
    }
    return page
  }

  private orderItemMatches(item: OrderItemRec, query: OrdersQuery, now: number): boolean {
    const handled = isHandled(item)
    if (query.fulfilmentMethod !== "ALL" && item.fulfilmentMethod !== query.fulfilmentMethod) {
      return false
    }
    if (query.status === "OPEN" && handled) {
      return false
    }
    if (query.status === "SHIPPED" && item.quantityShipped === 0) {
      return false
    }
    if (query.latestChangeDate !== undefined) {
      if (dateAmsterdam(item.changedAt) !== query.latestChangeDate || item.changedAt < threeMonthsBefore(now)) {
        return false
      }
    } else if (handled && item.handledAt !== undefined && now - item.handledAt > HANDLED_ORDER_VISIBILITY_MS) {
      return false
    }
    if (query.changeIntervalMinute !== undefined && item.changedAt < now - query.changeIntervalMinute * MINUTE) {
      return false
    }
    return true
  }

  /**
   * An order by id: a live order, or the (handled) order behind shipments
   * that were generated as history.
   */
  getOrder(orderId: string): OrderRec | undefined {
    const live = this.orderById.get(orderId)
    if (live) {
      return live
    }
    const shipments = this.shipmentsByOrderId.get(orderId)
    if (!shipments) {
      return undefined
    }
    const first = shipments[0]
    return {
      orderId,
      placedAt: first.orderPlacedAt,
      key: first.key,
      customerKey: first.customerKey,
      pickupPoint: first.pickupPoint,
      items: shipments.flatMap((shipment) =>
        shipment.items.map((item) => ({
          orderItemId: item.orderItemId,
          product: item.product,
          fulfilmentMethod: shipment.fulfilmentMethod,
          quantity: item.quantity,
          quantityShipped: item.quantity,
          quantityCancelled: 0,
          cancellationRequest: false,
          timeFrameType: "REGULAR" as const,
          changedAt: shipment.at,
          handledAt: shipment.at,
        }))
      ),
    }
  }

  /** Open order items (what can still be shipped), newest order first. */
  openOrderItems(fulfilmentMethod: FulfilmentMethod = "FBR") {
    const open: { orderId: string; orderItemId: string; openQuantity: number }[] = []
    for (let i = this.orders.length - 1; i >= 0; i--) {
      for (const item of this.orders[i].items) {
        const openQuantity = item.quantity - item.quantityShipped - item.quantityCancelled
        if (item.fulfilmentMethod === fulfilmentMethod && openQuantity > 0) {
          open.push({ orderId: this.orders[i].orderId, orderItemId: item.orderItemId, openQuantity })
        }
      }
    }
    return open
  }

  /**
   * One page of returns: handled ones newest first, unhandled ones oldest
   * first (as bol sorts them).
   */
  listReturns(query: { handled: boolean; fulfilmentMethod: FulfilmentMethod; page: number }): ReturnRec[] {
    const now = this.clock.now()
    const matching = this.returns.filter(
      (ret) =>
        ret.fulfilmentMethod === query.fulfilmentMethod &&
        ret.registeredAt <= now &&
        ret.items.every((item) => item.handled) === query.handled
    )
    if (query.handled) {
      matching.reverse()
    }
    const first = (query.page - 1) * PAGE_SIZE
    return matching.slice(first, first + PAGE_SIZE)
  }

  getReturn(returnId: string): ReturnRec | undefined {
    return this.returnById.get(returnId)
  }

  allShipmentIds(): Record<FulfilmentMethod, string[]> {
    return {
      FBR: this.shipmentsByMethod.FBR.map((shipment) => shipment.shipmentId),
      FBB: this.shipmentsByMethod.FBB.map((shipment) => shipment.shipmentId),
    }
  }

  // ------------------------------------------------------------- processes

  private newProcess(eventType: string, description: string, run: ProcessRec["run"]): ProcessRec {
    const now = this.clock.now()
    this.seq.process += 1
    const process: ProcessRec = {
      processStatusId: String(this.seq.process),
      eventType,
      description,
      status: "PENDING",
      createdAt: now,
      dueAt: now + this.processingDelayMs,
      run,
    }
    this.processes.set(process.processStatusId, process)
    this.pending.push(process)
    return process
  }

  /** Completes every pending process that is due by the clock. */
  settle(): void {
    if (this.pending.length === 0) {
      return
    }
    const now = this.clock.now()
    const stillPending: ProcessRec[] = []
    for (const process of this.pending) {
      if (process.dueAt > now) {
        stillPending.push(process)
        continue
      }
      const result = process.run ? process.run() : {}
      if ("error" in result) {
        process.status = "FAILURE"
        process.errorMessage = result.error
      } else {
        process.status = "SUCCESS"
        if (result.entityId !== undefined) {
          process.entityId = result.entityId
        }
      }
      process.run = undefined
    }
    this.pending = stillPending
  }

  getProcess(processStatusId: string): ProcessRec | undefined {
    this.settle()
    const process = this.processes.get(processStatusId)
    if (!process || this.clock.now() - process.createdAt > PROCESS_STATUS_RETENTION_MS) {
      return undefined
    }
    return process
  }

  findProcesses(entityId: string, eventType: string): ProcessRec[] {
    this.settle()
    const now = this.clock.now()
    return [...this.processes.values()]
      .filter(
        (process) =>
          process.entityId === entityId &&
          process.eventType === eventType &&
          now - process.createdAt <= PROCESS_STATUS_RETENTION_MS
      )
      .reverse()
  }

  /** POST /retailer/shipments: checks and ships when the process runs. */
  createShipment(request: ShipmentRequestInput): ProcessRec {
    return this.newProcess("CREATE_SHIPMENT", "Create shipment.", () => this.ship(request))
  }

  private ship(request: ShipmentRequestInput): { entityId: string } | { error: string } {
    const now = this.clock.now()
    let order: OrderRec | undefined
    const lines: { item: OrderItemRec; quantity: number }[] = []
    for (const line of request.orderItems) {
      const entry = this.orderItemById.get(line.orderItemId)
      if (!entry) {
        return { error: `Order item ${line.orderItemId} not found.` }
      }
      if (lines.some((existing) => existing.item === entry.item)) {
        return { error: `Order item ${line.orderItemId} occurs more than once.` }
      }
      if (order && entry.order !== order) {
        return { error: "All order items of a shipment must belong to the same order." }
      }
      order = entry.order
      if (entry.item.fulfilmentMethod !== "FBR") {
        return { error: `Order item ${line.orderItemId} is fulfilled by bol.com (FBB) and cannot be shipped by the retailer.` }
      }
      const open = entry.item.quantity - entry.item.quantityShipped - entry.item.quantityCancelled
      if (open <= 0) {
        return { error: `Order item ${line.orderItemId} has already been handled.` }
      }
      const quantity = line.quantity ?? open
      if (quantity > open) {
        return { error: `Quantity ${quantity} of order item ${line.orderItemId} exceeds the open quantity ${open}.` }
      }
      lines.push({ item: entry.item, quantity })
    }
    if (!order) {
      return { error: "No order items." }
    }
    const key = this.seq.key++
    let transport: ShipmentRec["transport"] = {}
    if (request.transport) {
      transport = { transporterCode: request.transport.transporterCode, trackAndTrace: request.transport.trackAndTrace }
    } else if (request.shippingLabelId) {
      const rng = rngFor(this.seed, SALT.added, key)
      transport = { transporterCode: "TNT", trackAndTrace: trackAndTraceFor(rng, "TNT"), shippingLabelId: request.shippingLabelId }
    }
    const shipment = this.insertShipment({
      shipmentId: this.nextId("shipment", 997),
      fulfilmentMethod: "FBR",
      at: now,
      key,
      customerKey: order.customerKey,
      orderId: order.orderId,
      orderPlacedAt: order.placedAt,
      ...(request.shipmentReference ? { shipmentReference: request.shipmentReference } : {}),
      pickupPoint: order.pickupPoint,
      items: lines.map(({ item, quantity }) => ({ orderItemId: item.orderItemId, product: item.product, quantity })),
      transportId: this.nextId("transport", 997),
      transport,
    })
    for (const { item, quantity } of lines) {
      item.quantityShipped += quantity
      item.changedAt = now
      if (isHandled(item)) {
        item.handledAt = now
      }
    }
    return { entityId: shipment.shipmentId }
  }

  /** PUT /retailer/transports/{transport-id}. */
  changeTransport(transportId: string, change: { transporterCode?: string; trackAndTrace: string }): ProcessRec {
    return this.newProcess("CHANGE_TRANSPORT", `Change transport for transport id ${transportId}.`, () => {
      const shipment = this.shipmentByTransportId.get(transportId)
      if (!shipment) {
        return { error: `Transport ${transportId} not found.` }
      }
      shipment.transport = {
        ...shipment.transport,
        transporterCode: change.transporterCode ?? shipment.transport?.transporterCode ?? "TNT",
        trackAndTrace: change.trackAndTrace,
      }
      return { entityId: transportId }
    })
  }

  /** PUT /retailer/returns/{rma-id}. */
  handleReturn(rmaId: string, handling: { handlingResult: string; quantityReturned: number }): ProcessRec {
    return this.newProcess("HANDLE_RETURN_ITEM", `Handle return item with rma id ${rmaId}.`, () => {
      const entry = this.returnItemByRmaId.get(rmaId)
      if (!entry) {
        return { error: `Return item ${rmaId} not found.` }
      }
      if (entry.item.handled) {
        return { error: `Return item ${rmaId} has already been handled.` }
      }
      entry.item.handled = true
      entry.item.handledAt = this.clock.now()
      entry.item.handlingResult = handling.handlingResult
      entry.item.processingResult = "ACCEPTED"
      entry.item.quantityReturned = handling.quantityReturned
      return { entityId: rmaId }
    })
  }
}

export { FULFILMENT_METHODS }
