import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122052227 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "otp_challenge" ("id" text not null, "actor_type" text not null, "phone" text not null, "client_ip" text null, "code_hmac" text not null, "expires_at" timestamptz not null, "failed_attempts" integer not null default 0, "max_attempts" integer not null, "status" text check ("status" in ('pending', 'verified', 'locked', 'superseded')) not null default 'pending', "verified_at" timestamptz null, "is_test_number" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "otp_challenge_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_otp_challenge_deleted_at" ON "otp_challenge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_otp_challenge_phone_created_at" ON "otp_challenge" ("phone", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_otp_challenge_client_ip_created_at" ON "otp_challenge" ("client_ip", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "otp_challenge" cascade;`);
  }

}
