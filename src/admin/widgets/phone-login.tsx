import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Input, Label, Text } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { sdk } from "../lib/sdk"
import { adminHref, errorMessage, workspacePaths } from "../lib/workspace"

type Step = "closed" | "phone" | "code"

const OTP_PATH = "/auth/user/phone-otp"

/**
 * Sellers sign in to the admin with their phone: a one-time code gives an
 * admin-user token, which is swapped for the admin's session cookie.
 */
const PhoneLoginWidget = () => {
  const id = useId()
  const [step, setStep] = useState<Step>("closed")
  const [phone, setPhone] = useState("")
  const [code, setCode] = useState("")
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setProblem(null)
    try {
      await action()
    } catch (error) {
      setProblem(errorMessage(error, "Could not sign in"))
    } finally {
      setBusy(false)
    }
  }

  const sendCode = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      await sdk.client.fetch(OTP_PATH, { method: "POST", body: { phone: phone.trim() } })
      setCode("")
      setStep("code")
    })
  }

  const signIn = (event: FormEvent) => {
    event.preventDefault()
    return run(async () => {
      const { token } = await sdk.client.fetch<{ token: string }>(OTP_PATH, {
        method: "POST",
        body: { phone: phone.trim(), code: code.trim() },
      })
      await sdk.client.fetch("/auth/session", {
        method: "POST",
        headers: { Authorization: `Bearer ${token}` },
      })
      // a full load, so the admin starts over with the new session
      window.location.assign(adminHref(workspacePaths.home))
    })
  }

  return (
    <div className="mt-4 flex w-full flex-col gap-y-3" data-testid="phone-login">
      {step === "closed" && (
        <Button type="button" variant="secondary" className="w-full" onClick={() => setStep("phone")}>
          Sign in with your phone
        </Button>
      )}
      {step === "phone" && (
        <form className="flex flex-col gap-y-2" onSubmit={sendCode}>
          <Label htmlFor={`${id}-phone`} size="small" weight="plus">
            Phone number
          </Label>
          <Input
            id={`${id}-phone`}
            type="tel"
            autoComplete="tel"
            placeholder="+91 90000 00001"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            autoFocus
          />
          <Button type="submit" className="w-full" isLoading={busy} disabled={!phone.trim()}>
            Send code
          </Button>
        </form>
      )}
      {step === "code" && (
        <form className="flex flex-col gap-y-2" onSubmit={signIn}>
          <Text size="small" className="text-ui-fg-subtle">
            We sent a code to {phone.trim()}.
          </Text>
          <Label htmlFor={`${id}-code`} size="small" weight="plus">
            Code
          </Label>
          <Input
            id={`${id}-code`}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoFocus
          />
          <Button type="submit" className="w-full" isLoading={busy} disabled={!code.trim()}>
            Sign in
          </Button>
          <Button
            type="button"
            variant="transparent"
            size="small"
            onClick={() => {
              setProblem(null)
              setStep("phone")
            }}
          >
            Use another number
          </Button>
        </form>
      )}
      {problem && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="phone-login-error">
          {problem}
        </Text>
      )}
    </div>
  )
}

export const config = defineWidgetConfig({ zone: "login.after" })

export default PhoneLoginWidget
