import { Button, Heading, Text, toast } from "@medusajs/ui"
import QRCode from "qrcode"
import { useEffect, useState } from "react"

/** Copies `text`; falls back to a selected textarea where the Clipboard API is missing (plain http). */
async function copyText(text: string) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text)
  }
  const area = document.createElement("textarea")
  area.value = text
  area.setAttribute("readonly", "")
  area.style.position = "fixed"
  area.style.opacity = "0"
  document.body.appendChild(area)
  area.select()
  const copied = document.execCommand("copy")
  area.remove()
  if (!copied) throw new Error("The browser did not allow copying")
}

/** The QR code of `text` as a PNG data URL; null until it is drawn. */
function useQrCode(text: string) {
  const [dataUrl, setDataUrl] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    QRCode.toDataURL(text, { margin: 1, width: 320 })
      .then((url) => current && setDataUrl(url))
      .catch(() => current && setDataUrl(null))
    return () => {
      current = false
    }
  }, [text])
  return dataUrl
}

/** The shop's shareable link with a Copy button and its QR code, to print or show at the counter. */
export const WorkspaceShopLink = ({ link }: { link: string }) => {
  const qr = useQrCode(link)
  const copy = () =>
    copyText(link).then(
      () => toast.success("Link copied"),
      (error: Error) => toast.error(error.message)
    )

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="workspace-shop-share">
      <div>
        <Heading level="h2">Shareable link</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Buyers open this link, or scan the QR code, to see the shop and order.
        </Text>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <a
          href={link}
          target="_blank"
          rel="noreferrer"
          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover min-w-0 break-all"
          data-testid="workspace-shop-link"
        >
          {link}
        </a>
        <Button type="button" variant="secondary" size="small" className="self-start" onClick={copy}>
          Copy
        </Button>
      </div>
      {qr ? (
        <img
          src={qr}
          alt="QR code of the shop link"
          className="h-40 w-40 rounded-md border"
          data-testid="workspace-shop-qr"
        />
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Drawing the QR code…
        </Text>
      )}
    </div>
  )
}
