import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122054521 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "shop_handle" drop constraint if exists "shop_handle_handle_unique";`);
    this.addSql(`alter table if exists "shop" drop constraint if exists "shop_handle_unique";`);
    this.addSql(`alter table if exists "seller" drop constraint if exists "seller_phone_unique";`);
    this.addSql(`create table if not exists "seller" ("id" text not null, "phone" text not null, "name" text not null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'active', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_phone_unique" ON "seller" ("phone") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "shop" ("id" text not null, "name" text not null, "handle" text not null, "address_line" text not null, "city" text not null, "postal_code" text not null, "country_code" text not null, "phone" text null, "status" text check ("status" in ('active', 'closed')) not null default 'active', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shop_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shop_handle_unique" ON "shop" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_seller_id" ON "shop" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_deleted_at" ON "shop" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "shop_handle" ("id" text not null, "handle" text not null, "shop_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "shop_handle_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_shop_handle_handle_unique" ON "shop_handle" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_handle_shop_id" ON "shop_handle" ("shop_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_shop_handle_deleted_at" ON "shop_handle" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "shop" add constraint "shop_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);

    this.addSql(`alter table if exists "shop_handle" add constraint "shop_handle_shop_id_foreign" foreign key ("shop_id") references "shop" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "shop" drop constraint if exists "shop_seller_id_foreign";`);

    this.addSql(`alter table if exists "shop_handle" drop constraint if exists "shop_handle_shop_id_foreign";`);

    this.addSql(`drop table if exists "seller" cascade;`);

    this.addSql(`drop table if exists "shop" cascade;`);

    this.addSql(`drop table if exists "shop_handle" cascade;`);
  }

}
