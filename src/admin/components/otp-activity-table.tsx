import { Heading, Table, Text } from "@medusajs/ui"
import { useOtpActivity } from "../lib/otp-activity"

/** Daily phone-login counts for operators; codes and numbers are never shown. */
export const OtpActivityTable = () => {
  const { data, isLoading, error } = useOtpActivity(14)
  return (
    <div data-testid="otp-activity">
      <div className="px-6 py-4">
        <Heading level="h2">Phone login activity (last 14 days)</Heading>
      </div>
      {isLoading && <Text className="px-6 py-4">Loading…</Text>}
      {error && (
        <Text className="text-ui-fg-error px-6 py-4">
          Could not load OTP activity: {error.message}
        </Text>
      )}
      {data && data.activity.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">No codes were requested in this period.</Text>
      )}
      {data && data.activity.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Day (UTC)</Table.HeaderCell>
              <Table.HeaderCell>Sent</Table.HeaderCell>
              <Table.HeaderCell>Verified</Table.HeaderCell>
              <Table.HeaderCell>Wrong codes</Table.HeaderCell>
              <Table.HeaderCell>Locked</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.activity.map((row) => (
              <Table.Row key={row.day}>
                <Table.Cell>{row.day}</Table.Cell>
                <Table.Cell>{row.sent}</Table.Cell>
                <Table.Cell>{row.verified}</Table.Cell>
                <Table.Cell>{row.failed}</Table.Cell>
                <Table.Cell>{row.locked}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  )
}
