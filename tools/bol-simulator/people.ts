import { SALT, rngFor } from "./prng"
import {
  CITIES_BE,
  CITIES_NL,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  PICKUP_POINT_CHAINS,
  STREETS_BE,
  STREETS_NL,
  SURNAMES,
} from "./vocab"

/** A customer, built from a key whenever it is needed (never stored). */
export type Customer = {
  salutation: "MALE" | "FEMALE" | "UNKNOWN"
  firstName: string
  surname: string
  streetName: string
  houseNumber: string
  houseNumberExtension?: string
  zipCode: string
  city: string
  countryCode: "NL" | "BE"
  email: string
  language: "nl" | "nl-BE" | "fr-BE"
  deliveryPhoneNumber?: string
  business?: { company: string; vatNumber: string; kvkNumber?: string; orderReference: string }
  /** The billing address differs from the delivery address. */
  billing?: { firstName: string; surname: string; streetName: string; houseNumber: string; zipCode: string; city: string }
  pickupPointName?: string
}

const ZIP_LETTERS = "ABCDEGHJKLMNPRTVWXZ"
const EMAIL_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"

export function customerFor(seed: number, key: number, options: { pickupPoint?: boolean; phone?: boolean } = {}): Customer {
  const rng = rngFor(seed, SALT.person, key)
  const salutation = rng.weighted([["MALE", 47], ["FEMALE", 47], ["UNKNOWN", 6]] as const)
  const firstName = rng.pick(salutation === "FEMALE" ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES)
  const surname = rng.pick(SURNAMES)
  const belgian = rng.chance(0.15)
  const [city, low, high] = rng.pick(belgian ? CITIES_BE : CITIES_NL)
  const zipNumber = rng.int(low, high)
  const zipCode = belgian ? String(zipNumber) : `${zipNumber}${rng.chars(2, ZIP_LETTERS)}`
  const customer: Customer = {
    salutation,
    firstName,
    surname,
    streetName: rng.pick(belgian ? STREETS_BE : STREETS_NL),
    houseNumber: String(rng.int(1, 240)),
    zipCode,
    city: city.toUpperCase(),
    countryCode: belgian ? "BE" : "NL",
    email: `${rng.chars(30, EMAIL_ALPHABET)}@verkopen.bol.com`,
    language: belgian ? rng.weighted([["nl-BE", 6], ["fr-BE", 4]] as const) : "nl",
  }
  if (rng.chance(0.12)) {
    customer.houseNumberExtension = rng.pick(["A", "B", "bis", "2", "hs"])
  }
  if (rng.chance(0.1)) {
    const company = `${surname.replace(/^(de|van den|van der|van) /, "")} ${rng.pick(["B.V.", "V.O.F.", "BV", "Handel"])}`
    customer.business = {
      company,
      vatNumber: belgian ? `BE0${rng.digits(9)}` : `NL${rng.digits(9)}B0${rng.int(1, 9)}`,
      kvkNumber: belgian ? undefined : rng.digits(8),
      orderReference: `PO-${rng.digits(6)}`,
    }
  }
  if (rng.chance(0.08)) {
    const [billingCity, billingLow, billingHigh] = rng.pick(belgian ? CITIES_BE : CITIES_NL)
    const billingZip = rng.int(billingLow, billingHigh)
    customer.billing = {
      firstName: rng.pick(rng.chance(0.5) ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES),
      surname,
      streetName: rng.pick(belgian ? STREETS_BE : STREETS_NL),
      houseNumber: String(rng.int(1, 240)),
      zipCode: belgian ? String(billingZip) : `${billingZip}${rng.chars(2, ZIP_LETTERS)}`,
      city: billingCity.toUpperCase(),
    }
  }
  if (options.pickupPoint) {
    customer.pickupPointName = `${rng.pick(PICKUP_POINT_CHAINS)}: ${customer.city}`
  }
  if (options.phone) {
    customer.deliveryPhoneNumber = belgian ? `04${rng.digits(8)}` : `06${rng.digits(8)}`
  }
  return customer
}

/** `ShipmentDetails`: the delivery address. */
export function shipmentDetails(customer: Customer): Record<string, unknown> {
  return {
    ...(customer.pickupPointName ? { pickupPointName: customer.pickupPointName } : {}),
    salutation: customer.salutation,
    firstName: customer.firstName,
    surname: customer.surname,
    streetName: customer.streetName,
    houseNumber: customer.houseNumber,
    ...(customer.houseNumberExtension ? { houseNumberExtension: customer.houseNumberExtension } : {}),
    zipCode: customer.zipCode,
    city: customer.city,
    countryCode: customer.countryCode,
    email: customer.email,
    ...(customer.business ? { company: customer.business.company } : {}),
    ...(customer.deliveryPhoneNumber ? { deliveryPhoneNumber: customer.deliveryPhoneNumber } : {}),
    language: customer.language,
  }
}

/** `BillingDetails`. */
export function billingDetails(customer: Customer): Record<string, unknown> {
  const address = customer.billing ?? customer
  return {
    salutation: customer.salutation,
    firstName: address.firstName,
    surname: address.surname,
    streetName: address.streetName,
    houseNumber: address.houseNumber,
    ...(!customer.billing && customer.houseNumberExtension ? { houseNumberExtension: customer.houseNumberExtension } : {}),
    zipCode: address.zipCode,
    city: address.city,
    countryCode: customer.countryCode,
    email: customer.email,
    ...(customer.business
      ? {
          company: customer.business.company,
          vatNumber: customer.business.vatNumber,
          ...(customer.business.kvkNumber ? { kvkNumber: customer.business.kvkNumber } : {}),
          orderReference: customer.business.orderReference,
        }
      : {}),
  }
}

/** `CustomerDetails` of a return. */
export function customerDetails(customer: Customer): Record<string, unknown> {
  return {
    salutation: customer.salutation,
    firstName: customer.firstName,
    surname: customer.surname,
    streetName: customer.streetName,
    houseNumber: customer.houseNumber,
    ...(customer.houseNumberExtension ? { houseNumberExtension: customer.houseNumberExtension } : {}),
    zipCode: customer.zipCode,
    city: customer.city,
    countryCode: customer.countryCode,
    email: customer.email,
    ...(customer.business ? { company: customer.business.company, vatNumber: customer.business.vatNumber } : {}),
  }
}
