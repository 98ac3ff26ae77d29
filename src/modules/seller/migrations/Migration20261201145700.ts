import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201145700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "seller_workspace_visit" ("id" text not null, "operator_id" text not null, "expires_at" timestamptz not null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_workspace_visit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_workspace_visit_operator_id" ON "seller_workspace_visit" ("operator_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_workspace_visit_seller_id" ON "seller_workspace_visit" ("seller_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_workspace_visit_deleted_at" ON "seller_workspace_visit" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_workspace_visit" add constraint "seller_workspace_visit_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seller_workspace_visit" cascade;`);
  }

}
