import { mrpAndSalePrice } from "../price"

describe("mrpAndSalePrice", () => {
  it("gives the sale price only when it is below the MRP", () => {
    expect(mrpAndSalePrice({ original_amount: 40, calculated_amount: 32 })).toEqual({ mrp: 40, sale_price: 32 })
    expect(mrpAndSalePrice({ original_amount: 40, calculated_amount: 40 })).toEqual({ mrp: 40, sale_price: null })
    expect(mrpAndSalePrice({ original_amount: "40", calculated_amount: "32.5" })).toEqual({ mrp: 40, sale_price: 32.5 })
  })

  it("is null for a product without a price", () => {
    expect(mrpAndSalePrice(null)).toEqual({ mrp: null, sale_price: null })
    expect(mrpAndSalePrice({})).toEqual({ mrp: null, sale_price: null })
  })
})
