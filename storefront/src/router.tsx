import type { ComponentChildren } from "preact"
import { useEffect, useState } from "preact/hooks"

const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())
addEventListener("popstate", notify)

/** Goes to `to` inside the app; `replace` swaps the current history entry (redirects). */
export function navigate(to: string, { replace = false, state = null }: { replace?: boolean; state?: unknown } = {}) {
  history[replace ? "replaceState" : "pushState"](state, "", to)
  if (!replace) scrollTo(0, 0)
  notify()
}

/** The current path; re-renders on every navigation. */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname)
  useEffect(() => {
    const update = () => setPath(location.pathname)
    listeners.add(update)
    return () => void listeners.delete(update)
  }, [])
  return path
}

/** The state given to `navigate` for the current entry. */
export function historyState<T>(): T | null {
  return (history.state as T | null) ?? null
}

type LinkProps = { href: string; class?: string; children: ComponentChildren }

/** An ordinary link that navigates without a page load (new tabs and modified clicks stay the browser's). */
export function Link({ href, class: className, children }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(href)
  }
  return (
    <a href={href} class={className} onClick={onClick}>
      {children}
    </a>
  )
}
