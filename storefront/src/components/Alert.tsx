/** An error as the API worded it, announced to screen readers. */
export function Alert({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" class="alert">
      {message}
    </p>
  ) : null
}
