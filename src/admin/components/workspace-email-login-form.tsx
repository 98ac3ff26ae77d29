import { Button, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { errorMessage } from "../lib/workspace"
import { useEmailLogin, useSetEmailLogin } from "../lib/workspace-email-login"

/** Lets a seller also sign in to the admin with an email and password (the phone keeps working). */
export const WorkspaceEmailLoginForm = () => {
  const id = useId()
  const current = useEmailLogin()
  const save = useSetEmailLogin()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setProblem(null)
    save.mutate(
      { email: email.trim() || current.data?.email || "", password },
      {
        onSuccess: (login) => {
          toast.success(`You can now also sign in with ${login.email}`)
          setEmail("")
          setPassword("")
        },
        onError: (error) => setProblem(errorMessage(error, "Could not save the email sign-in")),
      }
    )
  }

  return (
    <form className="flex flex-col gap-y-4 px-6 py-4" onSubmit={submit} data-testid="workspace-email-login">
      <div>
        <Heading level="h2">Email sign-in</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {current.data?.email
            ? `You also sign in with ${current.data.email}. Give a new password, or a new email and a password.`
            : "Besides your phone, you can sign in to the admin with an email and a password."}
        </Text>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`${id}-email`} size="small" weight="plus">
            Email
          </Label>
          <Input
            id={`${id}-email`}
            type="email"
            size="small"
            autoComplete="email"
            placeholder={current.data?.email ?? "you@example.com"}
            required={!current.data?.email}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`${id}-password`} size="small" weight="plus">
            Password (at least 8 characters)
          </Label>
          <Input
            id={`${id}-password`}
            type="password"
            size="small"
            autoComplete="new-password"
            minLength={8}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
      </div>
      {problem && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {problem}
        </Text>
      )}
      <div>
        <Button type="submit" size="small" isLoading={save.isPending}>
          Save email sign-in
        </Button>
      </div>
    </form>
  )
}
