import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122103240 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bol_order_link" drop constraint if exists "bol_order_link_order_id_unique";`);
    this.addSql(`alter table if exists "bol_order_link" drop constraint if exists "bol_order_link_account_id_bol_order_id_unique";`);
    this.addSql(`create table if not exists "bol_order_link" ("id" text not null, "account_id" text not null, "bol_order_id" text not null, "order_id" text not null, "fulfilment_method" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bol_order_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_order_link_account_id" ON "bol_order_link" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bol_order_link_deleted_at" ON "bol_order_link" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bol_order_link_account_id_bol_order_id_unique" ON "bol_order_link" ("account_id", "bol_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bol_order_link_order_id_unique" ON "bol_order_link" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "bol_order_link" add constraint "bol_order_link_account_id_foreign" foreign key ("account_id") references "bol_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bol_order_link" cascade;`);
  }

}
