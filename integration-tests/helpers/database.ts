import { Client } from "pg"

function connectionFromEnv(database: string) {
  return {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
    database,
  }
}

/** The URL of `database` on the test PostgreSQL named by DB_HOST/DB_PORT/…. */
export function testDatabaseUrl(database: string): string {
  const c = connectionFromEnv(database)
  const auth = c.password ? `${c.user}:${encodeURIComponent(c.password)}` : c.user
  return `postgres://${auth}@${c.host}:${c.port}/${database}`
}

async function onMaintenanceDb(sql: string): Promise<void> {
  const client = new Client(connectionFromEnv("postgres"))
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Drops (if present) and creates an empty database on the test PostgreSQL. */
export async function recreateDatabase(database: string): Promise<string> {
  await dropDatabase(database)
  await onMaintenanceDb(`CREATE DATABASE "${database}"`)
  return testDatabaseUrl(database)
}

export async function dropDatabase(database: string): Promise<void> {
  await onMaintenanceDb(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
}
