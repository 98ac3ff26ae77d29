import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const OTP_SECRET = "stock-shop-otp-secret"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:8000,http://localhost:9000",
      jwtSecret: "stock-shop-jwt",
      cookieSecret: "stock-shop-cookie",
    },
  },
  // The check runs `medusa start` from the sources; the admin bundle of a
  // stock shop is built by `medusa build`, which is outside this check.
  admin: { disable: true },
  plugins: [
    {
      resolve: "medusa-plugin-bazaar",
      options: {
        storefrontUrl: "https://stock-shop.example/shops",
        otp: { secret: OTP_SECRET, testNumbers: { "+919000000009": "424242", "+919000000008": "434343" } },
      },
    },
  ],
  modules: [
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "medusa-plugin-bazaar/providers/bol-fulfillment", id: "bol" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/auth",
      dependencies: ["cache", "logger"],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          {
            resolve: "medusa-plugin-bazaar/providers/phone-otp",
            id: "phone-otp",
            options: { secret: OTP_SECRET },
          },
        ],
      },
    },
  ],
})
