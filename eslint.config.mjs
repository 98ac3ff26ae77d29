import medusa from "@medusajs/eslint-plugin"

const LAYERS = ["workflows", "api", "subscribers", "jobs", "links", "providers", "scripts", "admin"]
const pathsInto = (folders) => folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`])

export default [
  {
    ignores: [
      "node_modules/**",
      ".medusa/**",
      ".bazaar/**",
      ".test-artifacts/**",
      "scripts/**",
      "**/*.js",
    ],
  },
  ...medusa.configs.recommended,
  {
    // A module owns its domain: it imports nothing of the app outside its own folder but src/options.
    files: ["src/modules/**/*.ts"],
    ignores: ["src/modules/*/__tests__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...pathsInto(["lib", "modules", ...LAYERS])],
              message: "A module imports nothing of the app outside its own folder (src/options excepted): move the code into the module, or call the module from a workflow.",
            },
          ],
        },
      ],
    },
  },
  {
    // src/lib holds pure leaves: no module, workflow, route or other layer.
    files: ["src/lib/**/*.ts"],
    ignores: ["src/lib/**/__tests__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...pathsInto(["modules", ...LAYERS])],
              message: "src/lib holds pure leaves: it imports no module, workflow, route or other layer of the app.",
            },
          ],
        },
      ],
    },
  },
]
