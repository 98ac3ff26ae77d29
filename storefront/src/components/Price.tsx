import { useSession } from "../session"

/** The price to pay, and the MRP struck through when it is on sale. */
export function Price({ price, mrp, currencyCode }: { price: number | null; mrp: number | null; currencyCode?: string }) {
  const { money } = useSession()
  const pay = price ?? mrp
  if (pay === null) return <p class="price muted">Price on request</p>
  const onSale = mrp !== null && pay < mrp
  return (
    <p class="price">
      <strong class={onSale ? "sale" : undefined}>{money(pay, currencyCode)}</strong>
      {onSale && (
        <>
          {" "}
          <s>
            <span class="sr-only">MRP </span>
            {money(mrp, currencyCode)}
          </s>{" "}
          <span class="off">{Math.round(((mrp - pay) / mrp) * 100)}% off</span>
        </>
      )}
    </p>
  )
}
