import { config } from "./config"

/** An API refusal: `message` is the API's own, `status` 0 when the API could not be reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string
  ) {
    super(message)
  }
}

type RequestOptions = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  /** The publishable key: the marketplace's for the shop lookup, the shop's own for everything after. */
  key: string
  token?: string | null
}

/** One Store API call: JSON in and out, the publishable key, and the customer's bearer token when signed in. */
export async function request<T>(path: string, { method = "GET", body, key, token }: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { "x-publishable-api-key": key }
  if (body !== undefined) headers["content-type"] = "application/json"
  if (token) headers.authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch(config.backendUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError("The shop could not be reached. Check your connection and try again.", 0)
  }
  const data = await response.json().catch(() => null)
  if (!response.ok) {
    throw new ApiError(data?.message || `The shop answered with an error (${response.status}).`, response.status, data?.code ?? data?.type)
  }
  return data as T
}

/** The message to show for any error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Please try again."
}
