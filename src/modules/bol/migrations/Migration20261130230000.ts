import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * bol.com's real answers: an account bol deactivated (403) turns `inactive`;
 * list entries are kept beside details (`list_raw`), and a record's list status
 * is remembered apart from its detail's (`list_status`).
 */
export class Migration20261130230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bol_account" drop constraint if exists "bol_account_status_check";`)
    this.addSql(
      `alter table if exists "bol_account" add constraint "bol_account_status_check" check ("status" in ('active', 'invalid_credentials', 'inactive', 'disabled'));`
    )
    this.addSql(`alter table if exists "bol_shipment" add column if not exists "list_raw" jsonb null;`)
    this.addSql(`alter table if exists "bol_record" add column if not exists "list_raw" jsonb null;`)
    this.addSql(`alter table if exists "bol_record" add column if not exists "list_status" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "bol_record" drop column if exists "list_status";`)
    this.addSql(`alter table if exists "bol_record" drop column if exists "list_raw";`)
    this.addSql(`alter table if exists "bol_shipment" drop column if exists "list_raw";`)
    this.addSql(`update "bol_account" set "status" = 'invalid_credentials' where "status" = 'inactive';`)
    this.addSql(`alter table if exists "bol_account" drop constraint if exists "bol_account_status_check";`)
    this.addSql(
      `alter table if exists "bol_account" add constraint "bol_account_status_check" check ("status" in ('active', 'invalid_credentials', 'disabled'));`
    )
  }
}
