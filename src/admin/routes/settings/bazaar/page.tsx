import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useBazaarInfo, type BazaarAdminInfo } from "../../../lib/bazaar-info"
import { OtpActivityTable } from "../../../components/otp-activity-table"

const INFRASTRUCTURE_LABELS: Record<string, string> = {
  worker_mode: "Worker mode",
  event_bus: "Event bus",
  workflow_engine: "Workflow engine",
  locking: "Locking",
  caching: "Caching",
}

const Capabilities = ({ info }: { info: BazaarAdminInfo }) => {
  if (info.capabilities.length === 0) {
    return (
      <Text className="text-ui-fg-subtle px-6 py-4">
        No marketplace capabilities are installed in this version yet.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Body>
        {info.capabilities.map((capability) => (
          <Table.Row key={capability.id}>
            <Table.Cell>{capability.label}</Table.Cell>
            <Table.Cell>{capability.detail ?? ""}</Table.Cell>
            <Table.Cell>
              <Badge color={capability.enabled ? "green" : "grey"}>
                {capability.enabled ? "Enabled" : "Disabled"}
              </Badge>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

const Infrastructure = ({ info }: { info: BazaarAdminInfo }) => (
  <Table>
    <Table.Body>
      {Object.entries(info.infrastructure).map(([key, value]) => (
        <Table.Row key={key}>
          <Table.Cell>{INFRASTRUCTURE_LABELS[key] ?? key}</Table.Cell>
          <Table.Cell>{value}</Table.Cell>
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)

const BazaarSettingsPage = () => {
  const { data, isLoading, error } = useBazaarInfo()

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Bazaar</Heading>
        {data && <Badge data-testid="bazaar-version">v{data.version}</Badge>}
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {error && (
        <Text className="text-ui-fg-error px-6 py-4">
          Could not load Bazaar's status: {error.message}
        </Text>
      )}
      {data && (
        <>
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              Package {data.name}. Shop links start with{" "}
              {data.options.storefront_url}/
            </Text>
          </div>
          <div className="px-6 py-4">
            <Heading level="h2">Capabilities</Heading>
          </div>
          <Capabilities info={data} />
          <div className="px-6 py-4">
            <Heading level="h2">Infrastructure</Heading>
          </div>
          <Infrastructure info={data} />
          {data.capabilities.some((c) => c.id === "phone-otp" && c.enabled) && (
            <OtpActivityTable />
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Bazaar",
  icon: BuildingStorefront,
})

export default BazaarSettingsPage
