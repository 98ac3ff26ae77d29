import { Heading, Text } from "@medusajs/ui"

/** The shop's earlier handles: their links still lead buyers to the shop. */
export const WorkspaceShopFormerHandles = ({ handles }: { handles: string[] }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="workspace-shop-former-handles">
    <Heading level="h2">Former handles</Heading>
    {handles.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle">
        None: the shop has kept its first handle.
      </Text>
    ) : (
      <>
        <Text size="small" className="text-ui-fg-subtle">
          Old links with these handles still open the shop.
        </Text>
        <ul className="flex flex-col gap-y-1">
          {handles.map((handle) => (
            <li key={handle}>
              <Text size="small" className="break-all">
                {handle}
              </Text>
            </li>
          ))}
        </ul>
      </>
    )}
  </div>
)
