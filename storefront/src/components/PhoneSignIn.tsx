import { useState } from "preact/hooks"
import { messageOf } from "../api"
import { requestCode, verifyCode } from "../shop-api"
import { storeToken } from "../storage"
import { Alert } from "./Alert"

/** Phone + OTP sign-in: a code by SMS, then the code for the customer's token (kept in localStorage). */
export function PhoneSignIn({ onSignedIn, intro }: { onSignedIn: (phone: string) => void; intro: string }) {
  const [phone, setPhone] = useState("")
  const [code, setCode] = useState("")
  const [codeSent, setCodeSent] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (failure) {
      setError(messageOf(failure))
    } finally {
      setBusy(false)
    }
  }

  const sendCode = (event: Event) => {
    event.preventDefault()
    run(async () => {
      await requestCode(phone)
      setCodeSent(true)
    })
  }

  const verify = (event: Event) => {
    event.preventDefault()
    run(async () => {
      const { token } = await verifyCode(phone, code.trim())
      storeToken(token)
      onSignedIn(phone)
    })
  }

  return (
    <div class="panel">
      <p>{intro}</p>
      <form onSubmit={sendCode}>
        <label for="phone">Phone number</label>
        <input
          id="phone"
          type="tel"
          autocomplete="tel"
          required
          value={phone}
          onInput={(event) => setPhone(event.currentTarget.value)}
        />
        <button type="submit" class={codeSent ? "secondary" : undefined} disabled={busy}>
          Send code
        </button>
      </form>
      {codeSent && (
        <form onSubmit={verify}>
          <p role="status">We sent a code to {phone}.</p>
          <label for="otp">Code</label>
          <input
            id="otp"
            inputMode="numeric"
            autocomplete="one-time-code"
            required
            value={code}
            onInput={(event) => setCode(event.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            Verify
          </button>
        </form>
      )}
      <Alert message={error} />
    </div>
  )
}
