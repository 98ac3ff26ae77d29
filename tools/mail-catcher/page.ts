import type { CaughtMail } from "./server"

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The inbox page: newest first, each mail's HTML in a sandboxed frame, attachments as links. */
export function renderInbox(mails: CaughtMail[]): string {
  const rows = [...mails]
    .reverse()
    .map((mail) => {
      const files = mail.attachments
        .map((file, index) => `<a href="/api/messages/${mail.id}/attachments/${index}">${escape(file.filename)}</a> (${file.size} B)`)
        .join(" · ")
      return `<details><summary><b>${escape(mail.subject)}</b> → ${escape(mail.to.join(", "))} <small>${escape(mail.receivedAt)}</small></summary>
<p>From ${escape(mail.from)}${files ? ` · attachments: ${files}` : ""}</p>
<iframe sandbox src="/messages/${mail.id}.html" style="width:100%;height:420px;border:1px solid #ddd"></iframe></details>`
    })
    .join("\n")
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bazaar mail catcher</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}details{border-bottom:1px solid #eee;padding:.5rem 0}</style></head>
<body><h1>Mail catcher</h1><p>${mails.length} mail(s). JSON: <a href="/api/messages">/api/messages</a>. Reload to refresh.</p>${rows || "<p>No mail yet.</p>"}</body></html>`
}
