import type { Context } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { resolveInvoiceOptions, type InvoiceOptions, type ResolvedInvoiceOptions } from "../../options/invoices"
import { CreditNote, DocumentCounter, Invoice } from "./models"
import { immutableDocument } from "./errors"
import { creditedAmount, lockKey, nextSequence, type SqlManager } from "./repositories/document-sql"
import { documentNumber, shopCode, yearIn } from "./utils/numbering"
import type { CreditNoteSnapshot, InvoiceSnapshot } from "./utils/snapshot"
import { creditNoteLines } from "./utils/credit-note-lines"

export type IssueInvoiceInput = {
  order_id: string
  shop_id: string
  /** The shop's handle now; see utils/numbering.ts for the code printed in numbers. */
  shop_handle: string
  snapshot: InvoiceSnapshot
  /** The caller's clock (default: now). */
  issued_at?: Date
}

export type IssueCreditNoteInput = {
  order_id: string
  /** What caused it (utils/credit-note-cause.ts): the same cause never gives two credit notes. */
  cause_key: string
  reason: "cancellation" | "refund"
  /** Default: all that the invoice's earlier credit notes left; never more. */
  amount?: number
  issued_at?: Date
}

type Issued = { id: string | null; created: boolean }

const round = (value: number) => Number(value.toFixed(4))

/**
 * Invoices and credit notes, numbered per shop and year with no gaps and no
 * duplicates. Issued documents are immutable: only where the invoice's PDF
 * is stored is filled in once, later.
 */
export default class InvoiceModuleService extends MedusaService({ Invoice, CreditNote, DocumentCounter }) {
  protected readonly options_: ResolvedInvoiceOptions

  constructor(container: Record<string, unknown>, options: { invoices?: InvoiceOptions } = {}) {
    super(...arguments)
    this.options_ = resolveInvoiceOptions(options.invoices)
  }

  get settings(): Readonly<ResolvedInvoiceOptions> {
    return this.options_
  }

  /** Issues the order's invoice, or answers the one it has (`created: false`): one invoice per order. */
  async issueInvoice(input: IssueInvoiceInput) {
    const { id, created } = await this.issueInvoice_(input)
    return { invoice: await this.retrieveInvoice(id as string), created }
  }

  /**
   * Issues a credit note against the order's invoice, or answers the one its
   * cause already gave (`created: false`). A credit note never gives back more
   * than the invoice's earlier credit notes left: `credit_note` is null when
   * nothing is left (e.g. a cancellation after a full refund).
   */
  async issueCreditNote(input: IssueCreditNoteInput) {
    const { id, created } = await this.issueCreditNote_(input)
    return { credit_note: id ? await this.retrieveCreditNote(id) : null, created }
  }

  /** Records where the invoice's PDF is stored; the first stored copy wins (`false` when one already was). */
  async recordInvoicePdf(invoiceId: string, file: { id: string; url: string }, storedAt: Date = new Date()): Promise<boolean> {
    return this.recordInvoicePdf_(invoiceId, file, storedAt)
  }

  @InjectTransactionManager()
  protected async recordInvoicePdf_(
    invoiceId: string,
    file: { id: string; url: string },
    storedAt: Date,
    @MedusaContext() context: Context = {}
  ): Promise<boolean> {
    const manager = context.transactionManager as SqlManager
    const rows = await manager.execute(
      `UPDATE bazaar_invoice SET file_id = ?, file_url = ?, pdf_stored_at = ?, updated_at = now()
       WHERE id = ? AND file_id IS NULL AND deleted_at IS NULL RETURNING id`,
      [file.id, file.url, storedAt, invoiceId]
    )
    return rows.length > 0
  }

  // Issued documents are never changed or removed through the generated methods.
  override updateInvoices = async (..._args: unknown[]): Promise<never> => {
    throw immutableDocument("invoice")
  }
  override deleteInvoices = async (..._args: unknown[]): Promise<never> => {
    throw immutableDocument("invoice")
  }
  override softDeleteInvoices = async (..._args: unknown[]): Promise<never> => {
    throw immutableDocument("invoice")
  }
  override updateCreditNotes = async (..._args: unknown[]): Promise<never> => {
    throw immutableDocument("credit note")
  }
  override deleteCreditNotes = async (..._args: unknown[]): Promise<never> => {
    throw immutableDocument("credit note")
  }
  override softDeleteCreditNotes = async (..._args: unknown[]): Promise<never> => {
    throw immutableDocument("credit note")
  }

  @InjectTransactionManager()
  protected async issueInvoice_(input: IssueInvoiceInput, @MedusaContext() context: Context = {}): Promise<Issued> {
    const manager = context.transactionManager as SqlManager
    await lockKey(manager, `bazaar-invoice:order:${input.order_id}`)
    const [existing] = await manager.execute(
      "SELECT id FROM bazaar_invoice WHERE order_id = ? AND deleted_at IS NULL",
      [input.order_id]
    )
    if (existing) return { id: existing.id, created: false }

    const issuedAt = input.issued_at ?? new Date()
    const year = yearIn(issuedAt, this.options_.timeZone)
    const { sequence, code } = await nextSequence(
      manager,
      { shop_id: input.shop_id, year, kind: "invoice" },
      shopCode(input.shop_handle)
    )
    const snapshot: InvoiceSnapshot = { ...input.snapshot, footer: input.snapshot.footer ?? this.options_.legalFooter }
    const invoice = await this.createInvoices(
      {
        order_id: input.order_id,
        shop_id: input.shop_id,
        number: documentNumber("invoice", code, year, sequence),
        year,
        sequence,
        currency_code: snapshot.currency_code,
        total: snapshot.totals.total,
        issued_at: issuedAt,
        snapshot: snapshot as unknown as Record<string, unknown>,
      },
      context
    )
    return { id: invoice.id, created: true }
  }

  @InjectTransactionManager()
  protected async issueCreditNote_(input: IssueCreditNoteInput, @MedusaContext() context: Context = {}): Promise<Issued> {
    const manager = context.transactionManager as SqlManager
    await lockKey(manager, `bazaar-invoice:order:${input.order_id}`)
    const [invoice] = await manager.execute(
      "SELECT id, shop_id, number, total, currency_code, snapshot FROM bazaar_invoice WHERE order_id = ? AND deleted_at IS NULL",
      [input.order_id]
    )
    if (!invoice) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} has no invoice to credit`)
    }
    const [existing] = await manager.execute(
      "SELECT id FROM bazaar_credit_note WHERE cause_key = ? AND deleted_at IS NULL",
      [input.cause_key]
    )
    if (existing) return { id: existing.id, created: false }

    const remaining = round(Number(invoice.total) - (await creditedAmount(manager, invoice.id)))
    if (input.amount !== undefined && !(input.amount > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A credit note's amount must be above 0 (got ${input.amount})`)
    }
    const amount = round(Math.min(input.amount ?? remaining, remaining))
    if (amount <= 0) return { id: null, created: false }

    const issuedAt = input.issued_at ?? new Date()
    const year = yearIn(issuedAt, this.options_.timeZone)
    const invoiceSnapshot = invoice.snapshot as InvoiceSnapshot
    const { sequence, code } = await nextSequence(
      manager,
      { shop_id: invoice.shop_id, year, kind: "credit_note" },
      shopCode(invoiceSnapshot.shop.handle)
    )
    const snapshot: CreditNoteSnapshot = {
      invoice_number: invoice.number,
      order: invoiceSnapshot.order,
      shop: invoiceSnapshot.shop,
      buyer: invoiceSnapshot.buyer,
      lines: creditNoteLines(invoiceSnapshot, amount, input.reason),
      currency_code: invoice.currency_code,
      footer: invoiceSnapshot.footer ?? null,
    }
    const note = await this.createCreditNotes(
      {
        invoice_id: invoice.id,
        order_id: input.order_id,
        shop_id: invoice.shop_id,
        number: documentNumber("credit_note", code, year, sequence),
        year,
        sequence,
        cause_key: input.cause_key,
        reason: input.reason,
        currency_code: invoice.currency_code,
        amount,
        issued_at: issuedAt,
        snapshot: snapshot as unknown as Record<string, unknown>,
      },
      context
    )
    return { id: note.id, created: true }
  }
}
