import { startMailCatcher } from "./server"

// `npm run mail:catcher` (and `npm run dev`): a local SMTP server with a page to read what Bazaar sends.
async function main() {
  const catcher = await startMailCatcher({
    smtpPort: Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025),
    httpPort: Number(process.env.MAIL_CATCHER_HTTP_PORT ?? 1080),
    log: (line) => console.log(line),
  })
  console.log(
    [
      `mail catcher: read the mails at ${catcher.url} (SMTP on port ${catcher.smtpPort})`,
      "start Bazaar with:",
      `  BAZAAR_SMTP_HOST=127.0.0.1 BAZAAR_SMTP_PORT=${catcher.smtpPort} BAZAAR_SMTP_FROM="Bazaar <orders@bazaar.localhost>" npm run dev`,
    ].join("\n")
  )
  const stop = () => catcher.stop().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}

main()
