/** Word lists for realistic Dutch and Belgian customers, products and returns. */

export const MALE_FIRST_NAMES = [
  "Jan", "Pieter", "Daan", "Sem", "Lucas", "Milan", "Levi", "Thomas", "Bram", "Ruben", "Lars", "Jeroen",
  "Mark", "Kees", "Willem", "Sander", "Joost", "Tim", "Niels", "Stijn", "Koen", "Wouter", "Thijs", "Hendrik",
] as const

export const FEMALE_FIRST_NAMES = [
  "Emma", "Julia", "Sophie", "Anna", "Lotte", "Eva", "Fleur", "Sanne", "Lisa", "Iris", "Marieke", "Femke",
  "Anouk", "Noor", "Sara", "Laura", "Ilse", "Esther", "Linda", "Inge", "Mila", "Tess", "Elise", "Charlotte",
] as const

export const SURNAMES = [
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
  "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
  "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Peeters", "Maes", "Jacobs", "Willems", "Claes",
  "Goossens", "Wouters",
] as const

export const STREETS_NL = [
  "Kerkstraat", "Schoolstraat", "Molenweg", "Dorpsstraat", "Stationsweg", "Hoofdstraat", "Julianastraat",
  "Beatrixlaan", "Wilhelminastraat", "Nieuwstraat", "Marktplein", "Lindenlaan", "Eikenlaan", "Parallelweg",
  "Kastanjelaan", "Prinses Irenestraat", "Oranjestraat", "Sportlaan", "Industrieweg", "Veldstraat",
] as const

export const STREETS_BE = [
  "Kapelstraat", "Stationsstraat", "Leopoldlaan", "Koningin Astridlaan", "Kerkplein", "Dorpstraat",
  "Rue de la Station", "Avenue Louise", "Grote Markt", "Molenstraat",
] as const

/** City and the range of its 4-digit postcode numbers. */
export const CITIES_NL: readonly (readonly [string, number, number])[] = [
  ["Amsterdam", 1011, 1109], ["Rotterdam", 3011, 3089], ["Utrecht", 3511, 3585], ["Den Haag", 2491, 2599],
  ["Eindhoven", 5611, 5658], ["Groningen", 9711, 9747], ["Tilburg", 5011, 5049], ["Almere", 1311, 1363],
  ["Breda", 4811, 4841], ["Nijmegen", 6511, 6546], ["Haarlem", 2011, 2037], ["Arnhem", 6811, 6846],
  ["Zwolle", 8011, 8048], ["Leiden", 2311, 2334], ["Maastricht", 6211, 6229],
]

export const CITIES_BE: readonly (readonly [string, number, number])[] = [
  ["Antwerpen", 2000, 2060], ["Gent", 9000, 9052], ["Brussel", 1000, 1210], ["Leuven", 3000, 3012],
  ["Brugge", 8000, 8380], ["Hasselt", 3500, 3512], ["Mechelen", 2800, 2812],
]

export const PICKUP_POINT_CHAINS = ["Albert Heijn", "PostNL Punt Primera", "Bruna", "DHL ServicePoint Jumbo"] as const

export const BRANDS = [
  "Philips", "Tefal", "LEGO", "Ravensburger", "Samsung", "Bosch", "Nivea", "Brabantia", "JBL", "Logitech",
  "Sony", "Kärcher", "Stabilo", "Fiskars", "Dreumes", "Zwilling",
] as const

export const PRODUCT_KINDS: readonly (readonly [string, number, number])[] = [
  ["Waterkoker 1,7 L", 24, 89], ["Koptelefoon draadloos", 39, 249], ["Puzzel 1000 stukjes", 12, 29],
  ["Steelstofzuiger", 89, 399], ["Broodrooster", 29, 79], ["Bureaulamp LED", 19, 69], ["Powerbank 10000 mAh", 17, 45],
  ["Elektrische tandenborstel", 29, 149], ["Fietsverlichting set", 9, 39], ["Kookpan 24 cm", 25, 95],
  ["Thermosfles 500 ml", 12, 34], ["Bluetooth speaker", 29, 179], ["Draadloze muis", 14, 89], ["Toetsenbord", 24, 129],
  ["Accuboormachine 18V", 69, 229], ["Markers 10 stuks", 5, 15], ["Snoeischaar", 15, 49], ["Dagcrème 50 ml", 6, 29],
  ["Rugzak 20 L", 25, 89], ["Bouwpakket", 9, 199],
]

export const COLOURS = ["Zwart", "Wit", "Grijs", "Blauw", "Rood", "Groen", "Zilver"] as const

/** [mainReason, detailedReasons[], customerComments[]] */
export const RETURN_REASONS: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ["Anders", ["Ik heb me bedacht", "Cadeau niet nodig"], ["Cadeau vonden ze niet leuk", "Toch niet nodig"]],
  ["Klacht over artikel", ["Artikel werkt niet", "Artikel is beschadigd"], ["Andere verwachting", "Doet het niet"]],
  ["Verkeerd artikel ontvangen", ["Ander artikel dan besteld"], ["Verkeerde kleur ontvangen", "Niet wat ik bestelde"]],
  ["Artikel voldoet niet aan verwachting", ["Kwaliteit valt tegen"], ["Voelt goedkoop aan", "Kleiner dan gedacht"]],
  ["Verkeerd besteld", ["Verkeerde maat besteld"], ["Per ongeluk twee keer besteld", "Verkeerd model"]],
]

export const HANDLING_RESULTS = [
  "RETURN_RECEIVED", "EXCHANGE_PRODUCT", "RETURN_DOES_NOT_MEET_CONDITIONS", "REPAIR_PRODUCT",
  "CUSTOMER_KEEPS_PRODUCT_PAID", "STILL_APPROVED",
] as const

/** Transporter codes bol accepts (ChangeTransportRequest / picqer enum). POSTNL is TNT. */
export const TRANSPORTER_CODES = [
  "AMPERE", "BPOST_BE", "BPOST_BRIEF", "BRIEFPOST", "BUDBEE", "COURIER", "CYCLOON", "DHL", "DHL_GLOBAL_MAIL",
  "DHL_SD", "DHLFORYOU", "DHL_DE", "DPD_BE", "DPD_NL", "DYL", "FEDEX_BE", "FEDEX_NL", "GLS", "OTHER", "PACKS",
  "PARCEL_NL", "PES", "TNT", "TNT_EXPRESS", "TNT_EXTRA", "TNT_BRIEF", "TRANSMISSION", "TRUNKRS", "TSN", "UPS",
] as const

export const TRANSPORTER_NAMES: Record<string, string> = {
  TNT: "PostNL",
  DHL: "DHL",
  DPD_NL: "DPD",
  BPOST_BE: "bpost",
  GLS: "GLS",
}
