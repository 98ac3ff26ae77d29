import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201070000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "reconcile_finding" ("id" text not null, "check" text not null, "subject_type" text not null, "subject_id" text not null, "action" text check ("action" in ('repaired', 'alerted', 'failed')) not null, "outcome" text not null, "detail" jsonb null, "times_seen" integer not null default 1, "first_seen_at" timestamptz not null, "last_seen_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reconcile_finding_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconcile_finding_deleted_at" ON "reconcile_finding" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_reconcile_finding_check_subject_id_unique" ON "reconcile_finding" ("check", "subject_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconcile_finding_last_seen_at" ON "reconcile_finding" ("last_seen_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reconcile_finding" cascade;`);
  }

}
