import { Camera } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useEffect, useId, useState, type DragEvent } from "react"

type Props = {
  file: File | null
  onChange: (file: File | null) => void
  /** The product's photo now, shown until a new one is chosen. */
  currentUrl?: string | null
}

/** A preview URL of the chosen file, revoked when it changes. */
function usePreview(file: File | null) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!file) return setUrl(null)
    const objectUrl = URL.createObjectURL(file)
    setUrl(objectUrl)
    return () => URL.revokeObjectURL(objectUrl)
  }, [file])
  return url
}

/**
 * The product's photo: dropped on the box, or picked with the file input,
 * which on a phone offers the camera (`capture="environment"`).
 */
export const WorkspaceProductImageInput = ({ file, onChange, currentUrl }: Props) => {
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
  const preview = usePreview(file) ?? currentUrl ?? null

  const drop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const dropped = Array.from(event.dataTransfer.files).find((f) => f.type.startsWith("image/"))
    if (dropped) onChange(dropped)
  }

  return (
    <div className="flex flex-col gap-y-2">
      <label
        htmlFor={inputId}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={`flex cursor-pointer items-center gap-x-3 rounded-lg border border-dashed p-3 ${
          dragging ? "border-ui-border-interactive bg-ui-bg-highlight" : "border-ui-border-strong bg-ui-bg-subtle"
        }`}
        data-testid="workspace-product-image-drop"
      >
        {preview ? (
          <img src={preview} alt="" className="h-16 w-16 shrink-0 rounded-md object-cover" data-testid="workspace-product-image-preview" />
        ) : (
          <div className="bg-ui-bg-base text-ui-fg-muted flex h-16 w-16 shrink-0 items-center justify-center rounded-md">
            <Camera />
          </div>
        )}
        <div className="flex min-w-0 flex-col">
          <Text size="small" weight="plus">
            {file ? "Photo chosen" : currentUrl ? "Change photo" : "Add a photo"}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle break-words">
            {file ? file.name : "Drop an image here, or tap to take or pick one (PNG, JPEG, WebP or GIF)"}
          </Text>
        </div>
        <input
          id={inputId}
          type="file"
          accept="image/*"
          capture="environment"
          className="sr-only"
          data-testid="workspace-product-image-input"
          onChange={(event) => {
            onChange(event.target.files?.[0] ?? null)
            event.target.value = ""
          }}
        />
      </label>
      {file && (
        <div>
          <Button type="button" size="small" variant="transparent" onClick={() => onChange(null)}>
            Remove photo
          </Button>
        </div>
      )}
    </div>
  )
}
