import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201110000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "bazaar_deal" ("id" text not null, "shop_id" text not null, "product_id" text not null, "variant_id" text not null, "title" text not null, "currency_code" text not null, "mrp" numeric not null, "raw_mrp" jsonb not null, "price" numeric not null, "raw_price" jsonb not null, "total_units" integer not null, "available_units" integer not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('proposed', 'approved', 'declined', 'canceled', 'ended')) not null default 'approved', "status_reason" text null, "per_customer_limit" integer not null default 1, "recurrence" text check ("recurrence" in ('daily')) null, "occurrence_of" text null, "proposed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_deal_pkey" primary key ("id"));`);
    // The last line of defence: never oversold, never above MRP, never longer than 12 hours.
    this.addSql(`alter table "bazaar_deal" add constraint "bazaar_deal_units_check" check ("available_units" >= 0 and "available_units" <= "total_units" and "total_units" > 0);`);
    this.addSql(`alter table "bazaar_deal" add constraint "bazaar_deal_price_check" check ("price" > 0 and "price" <= "mrp");`);
    this.addSql(`alter table "bazaar_deal" add constraint "bazaar_deal_window_check" check ("ends_at" > "starts_at" and "ends_at" - "starts_at" <= interval '12 hours');`);
    this.addSql(`alter table "bazaar_deal" add constraint "bazaar_deal_limit_check" check ("per_customer_limit" >= 1);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_deleted_at" ON "bazaar_deal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_shop_id" ON "bazaar_deal" ("shop_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_product_id" ON "bazaar_deal" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_deal_occurrence_of_starts_at_unique" ON "bazaar_deal" ("occurrence_of", "starts_at") WHERE occurrence_of IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bazaar_deal_claim" ("id" text not null, "deal_id" text not null, "customer_id" text not null, "cart_id" text not null, "line_item_id" text null, "quantity" integer not null, "expires_at" timestamptz not null, "status" text check ("status" in ('active', 'ordering', 'ordered', 'approved', 'rejected', 'released', 'expired')) not null default 'active', "order_id" text null, "decided_at" timestamptz null, "decided_by" text null, "decision_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_deal_claim_pkey" primary key ("id"));`);
    this.addSql(`alter table "bazaar_deal_claim" add constraint "bazaar_deal_claim_quantity_check" check ("quantity" >= 1);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_claim_deleted_at" ON "bazaar_deal_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_deal_claim_deal_id_customer_id_unique" ON "bazaar_deal_claim" ("deal_id", "customer_id") WHERE status IN ('active', 'ordering', 'ordered', 'approved') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_claim_cart_id" ON "bazaar_deal_claim" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_claim_order_id" ON "bazaar_deal_claim" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_claim_status_expires_at" ON "bazaar_deal_claim" ("status", "expires_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bazaar_deal_waitlist" ("id" text not null, "deal_id" text not null, "customer_id" text not null, "status" text check ("status" in ('waiting', 'offered', 'claimed', 'expired', 'ended')) not null default 'waiting', "offered_until" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_deal_waitlist_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_waitlist_deleted_at" ON "bazaar_deal_waitlist" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_deal_waitlist_deal_id_customer_id_unique" ON "bazaar_deal_waitlist" ("deal_id", "customer_id") WHERE status IN ('waiting', 'offered') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_waitlist_deal_id_status_created_at" ON "bazaar_deal_waitlist" ("deal_id", "status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bazaar_deal_refresh" ("id" text not null, "date" text not null, "ended_deals" integer not null, "started_occurrences" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_deal_refresh_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_deal_refresh_date_unique" ON "bazaar_deal_refresh" ("date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bazaar_deal_refresh_deleted_at" ON "bazaar_deal_refresh" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bazaar_deal_refresh" cascade;`);
    this.addSql(`drop table if exists "bazaar_deal_waitlist" cascade;`);
    this.addSql(`drop table if exists "bazaar_deal_claim" cascade;`);
    this.addSql(`drop table if exists "bazaar_deal" cascade;`);
  }

}
