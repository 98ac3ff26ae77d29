/**
 * Decodes Stripe's request encoding: `application/x-www-form-urlencoded` with
 * bracket notation (`metadata[session_id]=x`, `expand[0]=payment_method`,
 * `expand[]=a`). Arrays come back as arrays, everything else as strings.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

function keyPath(name: string): string[] {
  const head = name.split("[")[0]
  const rest = [...name.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1])
  return [head, ...rest]
}

function isIndex(part: string): boolean {
  return part === "" || /^\d+$/.test(part)
}

export function decodeForm(body: string): FormObject {
  const root: FormObject = {}
  for (const [rawName, value] of new URLSearchParams(body)) {
    const path = keyPath(rawName)
    let node: Record<string, FormValue> | FormValue[] = root
    for (let i = 0; i < path.length; i++) {
      const part = path[i]
      const last = i === path.length - 1
      const next = path[i + 1]
      if (Array.isArray(node)) {
        const index = part === "" ? node.length : Number(part)
        if (last) node[index] = value
        else node = (node[index] ??= isIndex(next) ? [] : {}) as Record<string, FormValue> | FormValue[]
      } else {
        if (part === "__proto__" || part === "constructor" || part === "prototype") break
        if (last) node[part] = value
        else node = (node[part] ??= isIndex(next) ? [] : {}) as Record<string, FormValue> | FormValue[]
      }
    }
  }
  return root
}

/** A canonical string of the parameters, to compare two requests under one Idempotency-Key. */
export function fingerprint(params: FormObject): string {
  const canonical = (value: FormValue): unknown =>
    typeof value === "string"
      ? value
      : Array.isArray(value)
        ? value.map(canonical)
        : Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical(value[key])]))
  return JSON.stringify(canonical(params))
}
