import { Trash } from "@medusajs/icons"
import { Button, toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "../lib/workspace"
import { useDisconnectBolAccount, type BolAccount } from "../lib/workspace-bol"

/** Disconnects the account after the seller confirms; everything synced for it goes too. */
export const WorkspaceBolDisconnectButton = ({ shopId, account }: { shopId: string; account: BolAccount }) => {
  const prompt = usePrompt()
  const disconnect = useDisconnectBolAccount(shopId)

  const confirmAndDisconnect = async () => {
    const confirmed = await prompt({
      title: `Disconnect ${account.label}?`,
      description: "Its synced shipments, orders and returns are removed from Bazaar. You can connect it again later.",
      confirmText: "Disconnect",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    disconnect.mutate(account.id, {
      onSuccess: () => toast.success(`${account.label} disconnected`),
      onError: (error) => toast.error(errorMessage(error, "The account could not be disconnected")),
    })
  }

  return (
    <Button size="small" variant="transparent" isLoading={disconnect.isPending} onClick={confirmAndDisconnect} data-testid="workspace-bol-disconnect">
      <Trash />
      Disconnect
    </Button>
  )
}
