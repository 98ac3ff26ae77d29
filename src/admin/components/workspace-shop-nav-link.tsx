import type { ReactNode } from "react"
import { adminHref } from "../lib/workspace"

type Props = {
  /** An admin path such as workspacePaths.shop(id). */
  to: string
  className?: string
  children: ReactNode
}

export const navLinkClass = "txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/**
 * A link between admin pages. Not react-router's Link: the plugin resolves its own
 * react-router-dom (6.x), a different copy from the dashboard's (7.x), whose Link finds
 * no router there; a plain link loads the page instead.
 */
export const WorkspaceNavLink = ({ to, className = navLinkClass, children }: Props) => (
  <a href={adminHref(to)} className={className}>
    {children}
  </a>
)
