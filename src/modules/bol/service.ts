import type { Context, FindConfig, IEventBusModuleService } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  Modules,
} from "@medusajs/framework/utils"
import type { BazaarOptions } from "../../options/types"
import type { BolClient } from "./client/client"
import type { BolAccountConnection } from "./client/connections"
import { BOL_CONNECTIONS_KEY, type BolSyncConnections } from "./loaders/connections"
import { syncDeps, runSyncUnit } from "./sync/engine"
import { planBolSyncRun, type PlannedRun, type StartBolSyncInput } from "./sync/plan-run"
import type { SyncUnit } from "./sync/units"
import { announceBolModule } from "./module-handle"
import { BOL_RESOURCE_NAMES, isBolResourceName } from "./client/resources"
import { ENCRYPTION_KEY_ENV, resolveEncryptionKey, SecretBox } from "./crypto"
import { BolAccount } from "./models/bol-account"
import { BolOrderLink } from "./models/bol-order-link"
import { BolRecord } from "./models/bol-record"
import { BolShipment } from "./models/bol-shipment"
import { BolShipmentItem } from "./models/bol-shipment-item"
import { BolSyncRun } from "./models/bol-sync-run"
import { BolTransportEvent } from "./models/bol-transport-event"
import { presentAccount, type PresentedBolAccount } from "./present-account"
import { boundSql } from "./repositories/bound-sql"
import { settleGoneDetails } from "./repositories/gone-details"
import { recordsMissingDetail, writeRecords } from "./repositories/record-writes"
import { addRunProgress, appendRunError, endRun } from "./repositories/run-writes"
import { markShipmentsSeen, shipmentsMissingDetail, writeShipmentDetails } from "./repositories/shipment-writes"
import type {
  CreateBolAccountInput,
  RunCounters,
  RunErrorInput,
  RunProgress,
  StartRunInput,
  UpdateBolAccountInput,
  UpsertResult,
} from "./types"

/** The module's options: Bazaar's plugin options, of which it reads `bol` (see `src/options/bol.ts`). */
export type BolModuleOptions = Pick<BazaarOptions, "bol">

type Logger = { info(message: string): void; warn(message: string): void; error(message: string): void }

function optional<T>(container: Record<string, unknown>, key: string): T | undefined {
  try {
    return container[key] as T | undefined
  } catch {
    // Medusa's container throws for keys it cannot resolve.
    return undefined
  }
}

/** The ciphertext of an account's secret is bound to its id (see SecretBox). */
const secretContext = (accountId: string) => `bol_account:${accountId}`

function assertResources(resources: unknown): string[] | undefined {
  if (resources === undefined) {
    return undefined
  }
  if (!Array.isArray(resources) || !resources.every(isBolResourceName)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `resources must be a list of: ${BOL_RESOURCE_NAMES.join(", ")}`
    )
  }
  return [...new Set(resources)]
}

function assertFilled(value: unknown, name: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name} is required`)
  }
  return value.trim()
}

/**
 * The bol.com connector's data: accounts (credentials encrypted at rest),
 * sync runs, shipments with items and transport events, and generic records
 * for orders and returns.
 *
 * Besides the generated CRUD methods it offers idempotent, concurrency-safe
 * writes for the sync engine. Use `listAccounts`/`retrieveAccount` (or
 * `presentAccount`) for anything shown through an API: the generated
 * `listBolAccounts` returns the encrypted secret column.
 */
export default class BolModuleService extends MedusaService({
  BolAccount,
  BolSyncRun,
  BolShipment,
  BolShipmentItem,
  BolTransportEvent,
  BolRecord,
  BolOrderLink,
}) {
  protected readonly secrets_: SecretBox
  protected readonly shared_: BolSyncConnections
  protected readonly logger_: Logger
  protected readonly eventBus_?: IEventBusModuleService

  // Medusa calls these when the application stops: the Redis connections close with it.
  __hooks = {
    onApplicationShutdown: async () => {
      await this.shared_.close()
    },
  }

  constructor(container: Record<string, unknown>, options: BolModuleOptions = {}) {
    super(...arguments)
    this.logger_ = optional<Logger>(container, "logger") ?? console
    this.eventBus_ = optional<IEventBusModuleService>(container, Modules.EVENT_BUS)
    this.shared_ = container[BOL_CONNECTIONS_KEY] as BolSyncConnections
    const key = resolveEncryptionKey(options.bol?.encryptionKey ?? process.env[ENCRYPTION_KEY_ENV], {
      production: process.env.NODE_ENV === "production",
      warn: (message) => this.logger_.warn(message),
    })
    this.secrets_ = new SecretBox(key)
    announceBolModule(this)
  }

  // ------------------------------------------------------------- clients and sync

  /**
   * A client for calls made while someone waits (linking an order, shipping
   * it): it waits for a rate-limit slot instead of giving up, and shares the
   * account's token and budget with the sync engine of this process (and,
   * with Redis, of every process). The decrypted secret stays inside it.
   */
  async clientFor(accountId: string): Promise<BolClient> {
    return this.shared_.connections.clientFor(await this.connectionOf_(accountId), { slots: "wait" })
  }

  /** Checks a start request, fails a stale run, and creates the run with its first units (or finds the live one). */
  async planSyncRun(input: StartBolSyncInput): Promise<PlannedRun> {
    return planBolSyncRun(this, this.shared_.settings, input)
  }

  /** Runs one unit of a sync (a subscriber calls this for each unit event). */
  async runSyncUnit(unit: SyncUnit): Promise<void> {
    if (!this.eventBus_) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The bol sync needs Medusa's event bus module")
    }
    const deps = syncDeps({
      service: this,
      shared: this.shared_,
      eventBus: this.eventBus_,
      logger: this.logger_,
      connectionOf: (accountId) => this.connectionOf_(accountId),
    })
    await runSyncUnit(deps, unit)
  }

  // ------------------------------------------------------------- accounts

  /** Creates an account; the client secret is encrypted before it is stored. */
  @InjectManager()
  async createAccount(
    input: CreateBolAccountInput,
    @MedusaContext() context: Context = {}
  ): Promise<PresentedBolAccount> {
    const id = generateEntityId(undefined, "bolacc")
    const resources = assertResources(input.resources)
    const account = await this.createBolAccounts(
      {
        id,
        shop_id: assertFilled(input.shop_id, "shop_id"),
        label: assertFilled(input.label, "label"),
        client_id: assertFilled(input.client_id, "client_id"),
        client_secret_encrypted: this.secrets_.seal(assertFilled(input.client_secret, "client_secret"), secretContext(id)),
        ...(input.api_base_url ? { api_base_url: input.api_base_url } : {}),
        ...(input.token_url ? { token_url: input.token_url } : {}),
        ...(resources ? { resources } : {}),
      },
      context
    )
    return presentAccount(account)
  }

  /** Updates an account; a new `client_secret` is encrypted before it is stored. */
  @InjectManager()
  async updateAccount(
    id: string,
    input: UpdateBolAccountInput,
    @MedusaContext() context: Context = {}
  ): Promise<PresentedBolAccount> {
    const { client_secret, resources, ...rest } = input
    const account = await this.updateBolAccounts(
      {
        id,
        ...rest,
        ...(client_secret !== undefined
          ? { client_secret_encrypted: this.secrets_.seal(assertFilled(client_secret, "client_secret"), secretContext(id)) }
          : {}),
        ...(resources !== undefined ? { resources: assertResources(resources) } : {}),
      },
      context
    )
    return presentAccount(account)
  }

  /** Accounts without their secrets, for APIs. */
  @InjectManager()
  async listAccounts(
    filters: Record<string, unknown> = {},
    config: FindConfig<any> = {},
    @MedusaContext() context: Context = {}
  ): Promise<PresentedBolAccount[]> {
    const accounts = await this.listBolAccounts(filters, config, context)
    return accounts.map(presentAccount)
  }

  /** One account without its secret, for APIs. */
  @InjectManager()
  async retrieveAccount(id: string, @MedusaContext() context: Context = {}): Promise<PresentedBolAccount> {
    return presentAccount(await this.retrieveBolAccount(id, {}, context))
  }

  /** What `BolConnections.clientFor` needs for this account: the decrypted secret, never handed outside the module. */
  protected async connectionOf_(accountId: string): Promise<BolAccountConnection> {
    const account = await this.retrieveBolAccount(accountId)
    return {
      accountId: account.id,
      clientId: account.client_id,
      clientSecret: this.secrets_.open(account.client_secret_encrypted, secretContext(account.id)),
      apiBaseUrl: account.api_base_url,
      tokenUrl: account.token_url,
    }
  }

  // ------------------------------------------------------------ shipments

  /**
   * Stores full shipment details (bol's v10 `Shipment`), idempotent by
   * shipment id: the shipment row is updated in place and its items and
   * transport events are replaced, all in one transaction. Safe to call
   * concurrently for the same shipments.
   */
  @InjectManager()
  async upsertShipmentDetails(
    accountId: string,
    details: Record<string, unknown>[],
    options: { synced_at?: Date } = {},
    @MedusaContext() context: Context = {}
  ): Promise<UpsertResult> {
    return this.upsertShipmentDetails_(accountId, details, options.synced_at ?? new Date(), context)
  }

  @InjectTransactionManager()
  protected async upsertShipmentDetails_(
    accountId: string,
    details: Record<string, unknown>[],
    syncedAt: Date,
    @MedusaContext() context: Context = {}
  ): Promise<UpsertResult> {
    return writeShipmentDetails(boundSql(context.transactionManager), accountId, details, syncedAt)
  }

  /**
   * Records the entries of a shipments list page: unknown shipments become
   * stubs awaiting their detail; known ones keep their detail. Pass the
   * page's `fulfilment_method` (the list entries do not say it).
   * `inserted` lists the shipments that were new.
   */
  @InjectManager()
  async markShipmentsSeen(
    accountId: string,
    entries: Record<string, unknown>[],
    options: { fulfilment_method?: string; seen_at?: Date } = {},
    @MedusaContext() context: Context = {}
  ): Promise<UpsertResult> {
    return this.markShipmentsSeen_(accountId, entries, options, context)
  }

  @InjectTransactionManager()
  protected async markShipmentsSeen_(
    accountId: string,
    entries: Record<string, unknown>[],
    options: { fulfilment_method?: string; seen_at?: Date },
    @MedusaContext() context: Context = {}
  ): Promise<UpsertResult> {
    return markShipmentsSeen(
      boundSql(context.transactionManager),
      accountId,
      entries,
      options.fulfilment_method ?? null,
      options.seen_at ?? new Date()
    )
  }

  /** bol ids of shipments seen on a list but without a detail yet, newest first. */
  @InjectManager()
  async shipmentsMissingDetail(
    accountId: string,
    limit = 50,
    @MedusaContext() context: Context = {}
  ): Promise<string[]> {
    return shipmentsMissingDetail(boundSql(context.manager), accountId, limit)
  }

  // --------------------------------------------------- orders and returns

  /**
   * Stores list entries (`detail: false`) or details (`detail: true`) of a
   * generic resource (orders, returns), idempotent by bol id. A list entry
   * whose status moved on marks the stored detail stale.
   */
  @InjectManager()
  async upsertRecords(
    accountId: string,
    resource: string,
    entries: Record<string, unknown>[],
    options: { detail: boolean; at?: Date },
    @MedusaContext() context: Context = {}
  ): Promise<UpsertResult> {
    return this.upsertRecords_(accountId, resource, entries, options, context)
  }

  @InjectTransactionManager()
  protected async upsertRecords_(
    accountId: string,
    resource: string,
    entries: Record<string, unknown>[],
    options: { detail: boolean; at?: Date },
    @MedusaContext() context: Context = {}
  ): Promise<UpsertResult> {
    return writeRecords(boundSql(context.transactionManager), accountId, resource, entries, {
      detail: options.detail,
      at: options.at ?? new Date(),
    })
  }

  /** bol ids of records without a current detail, newest first. */
  @InjectManager()
  async recordsMissingDetail(
    accountId: string,
    resource: string,
    limit = 50,
    @MedusaContext() context: Context = {}
  ): Promise<string[]> {
    return recordsMissingDetail(boundSql(context.manager), accountId, resource, limit)
  }

  /** Ids of `resource` whose detail bol answered 404 for: they keep their list data and are not asked for again. */
  @InjectManager()
  async settleGoneDetails(
    accountId: string,
    resource: string,
    ids: string[],
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    await settleGoneDetails(boundSql(context.manager), accountId, resource, ids, new Date())
  }

  // ------------------------------------------------------------ sync runs

  @InjectManager()
  async startRun(input: StartRunInput, @MedusaContext() context: Context = {}) {
    return this.createBolSyncRuns(
      {
        account_id: input.account_id,
        resource: input.resource,
        trigger: input.trigger,
        status: "running",
        started_at: new Date(),
        pending_units: Math.max(0, Math.trunc(input.pending_units ?? 0)),
        cursor: input.cursor ?? null,
      },
      context
    )
  }

  /** Adds to a run's counters atomically (several workers may report on one run). */
  @InjectManager()
  async recordRunProgress(
    runId: string,
    progress: RunProgress,
    @MedusaContext() context: Context = {}
  ): Promise<RunCounters> {
    const counters = await addRunProgress(boundSql(context.manager), runId, progress)
    if (!counters) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `BolSyncRun with id: ${runId} was not found`)
    }
    return counters
  }

  /** Appends an error to a run (the first 100 are kept); messages are cut to 500 characters. */
  @InjectManager()
  async recordRunError(runId: string, error: RunErrorInput, @MedusaContext() context: Context = {}): Promise<void> {
    await appendRunError(boundSql(context.manager), runId, error, new Date())
  }

  /**
   * Ends a running run and records the outcome on its account (last sync
   * time, or the error). Ending a run twice changes nothing.
   */
  @InjectManager()
  async finishRun(
    runId: string,
    outcome: { status?: "succeeded" | "failed"; error?: string } = {},
    @MedusaContext() context: Context = {}
  ) {
    await this.finishRun_(runId, outcome.status ?? "succeeded", outcome.error, context)
    return this.retrieveBolSyncRun(runId, {}, context)
  }

  @InjectTransactionManager()
  protected async finishRun_(
    runId: string,
    status: "succeeded" | "failed",
    error: string | undefined,
    @MedusaContext() context: Context = {}
  ): Promise<boolean> {
    return endRun(boundSql(context.transactionManager), runId, status, error)
  }
}
