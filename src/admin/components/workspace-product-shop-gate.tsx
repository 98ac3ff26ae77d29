import { Container, Heading, Text } from "@medusajs/ui"
import { adminHref, errorMessage, workspacePaths } from "../lib/workspace"

type Props = { title: string; isLoading: boolean; error: unknown }

/**
 * What a workspace page shows before it has a shop to show: loading, the
 * API's refusal (an operator is not a seller), or no shop yet. Used by the
 * products and the orders pages alike.
 */
export const WorkspaceShopGate = ({ title, isLoading, error }: Props) => (
  <Container className="flex flex-col gap-y-2 px-4 py-4 sm:px-6">
    <Heading level="h1">{title}</Heading>
    {isLoading && <Text size="small">Loading…</Text>}
    {!isLoading && !!error && (
      <Text size="small" className="text-ui-fg-error" role="alert">
        {errorMessage(error, "Your shops could not be loaded")}
      </Text>
    )}
    {!isLoading && !error && (
      <Text size="small" className="text-ui-fg-subtle">
        You have no shop yet.{" "}
        <a href={adminHref(workspacePaths.home)} className="text-ui-fg-interactive">
          Open one under My shops
        </a>
        .
      </Text>
    )}
  </Container>
)
