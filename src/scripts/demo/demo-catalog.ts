export type DemoProduct = {
  name: string
  description?: string
  mrp: number
  sale_price?: number
  category: string
}

export type DemoShop = {
  name: string
  address: { address_line: string; city: string; postal_code: string; country_code: string }
  products: DemoProduct[]
}

/** The demo seller's two shops and their catalogs (prices in the shops' currency). */
export const DEMO_SHOPS: DemoShop[] = [
  {
    name: "Asha's Chai Corner",
    address: { address_line: "12 MG Road", city: "Bengaluru", postal_code: "560001", country_code: "in" },
    products: [
      { name: "Masala Chai", description: "Strong tea brewed with ginger and cardamom", mrp: 40, sale_price: 30, category: "Tea" },
      { name: "Cutting Chai", description: "Half a glass, full strength", mrp: 20, category: "Tea" },
      { name: "Lemon Tea", mrp: 35, category: "Tea" },
      { name: "Samosa", description: "Crisp pastry with spiced potato", mrp: 25, sale_price: 20, category: "Snacks" },
      { name: "Vada Pav", mrp: 30, category: "Snacks" },
      { name: "Filter Coffee", description: "South Indian decoction with hot milk", mrp: 45, category: "Coffee" },
    ],
  },
  {
    name: "Asha's Spice Market",
    address: { address_line: "4 Commercial Street", city: "Bengaluru", postal_code: "560001", country_code: "in" },
    products: [
      { name: "Garam Masala 100 g", mrp: 120, sale_price: 99, category: "Spice blends" },
      { name: "Chaat Masala 100 g", mrp: 90, category: "Spice blends" },
      { name: "Turmeric 200 g", mrp: 80, category: "Whole and ground" },
      { name: "Cumin Seeds 200 g", mrp: 110, sale_price: 95, category: "Whole and ground" },
      { name: "Red Chilli Powder 200 g", mrp: 85, category: "Whole and ground" },
    ],
  },
]
