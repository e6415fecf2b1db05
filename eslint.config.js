// npm run lint (part of npm test): the boundaries of docs/architecture.md, checked.
// - shared/ is pure: it imports nothing from server/ or web/, and no I/O;
// - web features use each other only through their index.ts;
// - server modules use each other only through their index.ts;
// - no import cycles anywhere.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";
import { readdirSync } from "node:fs";

const folders = (path) => readdirSync(new URL(path, import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** A zone per folder: files outside it may import only its index.ts. */
const onlyThroughIndex = (base) =>
  folders(`./${base}/`).map((name) => ({
    target: `./${base}/!(${name})/**/*`,
    from: `./${base}/${name}`,
    except: ["./index.ts"],
    message: `Import ${base}/${name} through its index.ts.`,
  }));

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "server/src/generated/**", ".node/**", ".data/**", "tests/meta/fixture/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: ["shared/tsconfig.json", "server/tsconfig.json", "web/tsconfig.json"], noWarnOnMultipleProjects: true })],
      // no-cycle follows imports by parsing the imported files: without these it cannot read .ts and sees no cycle.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./shared", from: "./server", message: "shared/ is pure: it may not import the server." },
            { target: "./shared", from: "./web", message: "shared/ is pure: it may not import the web app." },
            ...onlyThroughIndex("web/src/features"),
            ...onlyThroughIndex("server/src/modules"),
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["shared/src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "path", "pg", "fastify", "@prisma/*"], message: "shared/ does no I/O." }] }],
    },
  },
);
