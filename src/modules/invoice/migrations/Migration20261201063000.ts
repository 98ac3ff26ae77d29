import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201063000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "bazaar_invoice" ("id" text not null, "order_id" text not null, "shop_id" text not null, "number" text not null, "year" integer not null, "sequence" integer not null, "currency_code" text not null, "total" numeric not null, "raw_total" jsonb not null, "issued_at" timestamptz not null, "snapshot" jsonb not null, "file_id" text null, "file_url" text null, "pdf_stored_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_invoice_order_id_unique" ON "bazaar_invoice" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_invoice_deleted_at" ON "bazaar_invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_invoice_shop_id_number_unique" ON "bazaar_invoice" ("shop_id", "number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_invoice_shop_id_year_sequence_unique" ON "bazaar_invoice" ("shop_id", "year", "sequence") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bazaar_credit_note" ("id" text not null, "invoice_id" text not null, "order_id" text not null, "shop_id" text not null, "number" text not null, "year" integer not null, "sequence" integer not null, "cause_key" text not null, "reason" text check ("reason" in ('cancellation', 'refund')) not null, "currency_code" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "issued_at" timestamptz not null, "snapshot" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_credit_note_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_credit_note_cause_key_unique" ON "bazaar_credit_note" ("cause_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_credit_note_deleted_at" ON "bazaar_credit_note" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_credit_note_invoice_id" ON "bazaar_credit_note" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_credit_note_shop_id_number_unique" ON "bazaar_credit_note" ("shop_id", "number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bazaar_document_counter" ("id" text not null, "shop_id" text not null, "year" integer not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "code" text not null, "last_value" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_document_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_document_counter_deleted_at" ON "bazaar_document_counter" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_document_counter_shop_id_year_kind_unique" ON "bazaar_document_counter" ("shop_id", "year", "kind") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bazaar_document_counter" cascade;`);
    this.addSql(`drop table if exists "bazaar_credit_note" cascade;`);
    this.addSql(`drop table if exists "bazaar_invoice" cascade;`);
  }

}
