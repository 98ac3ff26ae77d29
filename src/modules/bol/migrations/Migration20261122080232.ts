import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122080232 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bol_transport_event" drop constraint if exists "bol_transport_event_bol_shipment_id_event_code_event_date_time_unique";`);
    this.addSql(`alter table if exists "bol_shipment_item" drop constraint if exists "bol_shipment_item_bol_shipment_id_order_item_id_unique";`);
    this.addSql(`alter table if exists "bol_shipment" drop constraint if exists "bol_shipment_account_id_shipment_id_unique";`);
    this.addSql(`alter table if exists "bol_record" drop constraint if exists "bol_record_account_id_resource_external_id_unique";`);
    this.addSql(`alter table if exists "bol_account" drop constraint if exists "bol_account_shop_id_client_id_unique";`);
    this.addSql(`create table if not exists "bol_account" ("id" text not null, "shop_id" text not null, "label" text not null, "client_id" text not null, "client_secret_encrypted" text not null, "api_base_url" text not null default 'https://api.bol.com', "token_url" text not null default 'https://login.bol.com/token', "status" text check ("status" in ('active', 'invalid_credentials', 'disabled')) not null default 'active', "resources" jsonb not null default '["shipments"]', "last_sync_at" timestamptz null, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bol_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_account_shop_id" ON "bol_account" ("shop_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_account_deleted_at" ON "bol_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bol_account_shop_id_client_id_unique" ON "bol_account" ("shop_id", "client_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bol_record" ("id" text not null, "account_id" text not null, "resource" text not null, "external_id" text not null, "order_id" text null, "fulfilment_method" text null, "status" text null, "record_date" timestamptz null, "raw" jsonb null, "list_seen_at" timestamptz null, "detail_synced_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bol_record_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_record_account_id" ON "bol_record" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_record_deleted_at" ON "bol_record" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bol_record_account_id_resource_external_id_unique" ON "bol_record" ("account_id", "resource", "external_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_record_account_id_resource_record_date" ON "bol_record" ("account_id", "resource", "record_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_record_account_id_resource_order_id" ON "bol_record" ("account_id", "resource", "order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_record_account_id_resource_detail_synced_at" ON "bol_record" ("account_id", "resource", "detail_synced_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bol_shipment" ("id" text not null, "account_id" text not null, "shipment_id" text not null, "order_id" text null, "order_placed_at" timestamptz null, "fulfilment_method" text null, "shipment_date" timestamptz null, "shipment_reference" text null, "pickup_point" boolean null, "transport_id" text null, "transporter_code" text null, "track_and_trace" text null, "shipping_label_id" text null, "shipment_details" jsonb null, "billing_details" jsonb null, "raw" jsonb null, "list_seen_at" timestamptz null, "detail_synced_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bol_shipment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_account_id" ON "bol_shipment" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_deleted_at" ON "bol_shipment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bol_shipment_account_id_shipment_id_unique" ON "bol_shipment" ("account_id", "shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_account_id_shipment_date" ON "bol_shipment" ("account_id", "shipment_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_account_id_order_id" ON "bol_shipment" ("account_id", "order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_account_id_fulfilment_method_shipment_date" ON "bol_shipment" ("account_id", "fulfilment_method", "shipment_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_track_and_trace" ON "bol_shipment" ("track_and_trace") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_account_id_detail_synced_at" ON "bol_shipment" ("account_id", "detail_synced_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bol_shipment_item" ("id" text not null, "bol_shipment_id" text not null, "order_item_id" text not null, "order_id" text null, "ean" text null, "title" text null, "quantity" integer null, "quantity_shipped" integer null, "offer_price" numeric null, "commission" numeric null, "offer_id" text null, "offer_reference" text null, "fulfilment_method" text null, "distribution_party" text null, "latest_delivery_date" text null, "raw" jsonb not null, "raw_offer_price" jsonb null, "raw_commission" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bol_shipment_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_item_bol_shipment_id" ON "bol_shipment_item" ("bol_shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_item_deleted_at" ON "bol_shipment_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bol_shipment_item_bol_shipment_id_order_item_id_unique" ON "bol_shipment_item" ("bol_shipment_id", "order_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_item_order_item_id" ON "bol_shipment_item" ("order_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_shipment_item_ean" ON "bol_shipment_item" ("ean") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bol_sync_run" ("id" text not null, "account_id" text not null, "resource" text not null, "trigger" text check ("trigger" in ('schedule', 'manual')) not null, "status" text check ("status" in ('running', 'succeeded', 'failed')) not null default 'running', "started_at" timestamptz not null, "finished_at" timestamptz null, "pages" integer not null default 0, "records" integer not null default 0, "errors" jsonb not null default '[]', "pending_units" integer not null default 0, "cursor" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bol_sync_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_sync_run_account_id" ON "bol_sync_run" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_sync_run_deleted_at" ON "bol_sync_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_sync_run_account_id_resource_started_at" ON "bol_sync_run" ("account_id", "resource", "started_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "bol_transport_event" ("id" text not null, "bol_shipment_id" text not null, "event_code" text not null, "event_date_time" timestamptz not null, "raw" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bol_transport_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_transport_event_bol_shipment_id" ON "bol_transport_event" ("bol_shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_transport_event_deleted_at" ON "bol_transport_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bol_transport_event_bol_shipment_id_event_code_event_date_time_unique" ON "bol_transport_event" ("bol_shipment_id", "event_code", "event_date_time") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_transport_event_event_code_event_date_time" ON "bol_transport_event" ("event_code", "event_date_time") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bol_record" add constraint "bol_record_account_id_foreign" foreign key ("account_id") references "bol_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "bol_shipment" add constraint "bol_shipment_account_id_foreign" foreign key ("account_id") references "bol_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "bol_shipment_item" add constraint "bol_shipment_item_bol_shipment_id_foreign" foreign key ("bol_shipment_id") references "bol_shipment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "bol_sync_run" add constraint "bol_sync_run_account_id_foreign" foreign key ("account_id") references "bol_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "bol_transport_event" add constraint "bol_transport_event_bol_shipment_id_foreign" foreign key ("bol_shipment_id") references "bol_shipment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bol_record" drop constraint if exists "bol_record_account_id_foreign";`);

    this.addSql(`alter table if exists "bol_shipment" drop constraint if exists "bol_shipment_account_id_foreign";`);

    this.addSql(`alter table if exists "bol_sync_run" drop constraint if exists "bol_sync_run_account_id_foreign";`);

    this.addSql(`alter table if exists "bol_shipment_item" drop constraint if exists "bol_shipment_item_bol_shipment_id_foreign";`);

    this.addSql(`alter table if exists "bol_transport_event" drop constraint if exists "bol_transport_event_bol_shipment_id_foreign";`);

    this.addSql(`drop table if exists "bol_account" cascade;`);

    this.addSql(`drop table if exists "bol_record" cascade;`);

    this.addSql(`drop table if exists "bol_shipment" cascade;`);

    this.addSql(`drop table if exists "bol_shipment_item" cascade;`);

    this.addSql(`drop table if exists "bol_sync_run" cascade;`);

    this.addSql(`drop table if exists "bol_transport_event" cascade;`);
  }

}
