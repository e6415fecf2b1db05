// Compiles the server, with the shared package and the demo data it imports, to one ES module:
// server/dist/server.js, which `npm start` and the Docker image run with plain node (no tsx at run time).
// npm packages stay external, so the bundle holds only this project's own code.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifest = (folder) => JSON.parse(readFileSync(path.join(root, folder, "package.json"), "utf8"));
const ownPackages = new Set(["@afdelingsplanner/shared"]);
const external = [...new Set([...Object.keys(manifest("server").dependencies), ...Object.keys(manifest("shared").dependencies)])].filter((name) => !ownPackages.has(name));

await build({
  absWorkingDir: root,
  entryPoints: { server: "server/src/server.ts" },
  outdir: "server/dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node24",
  // Subpath imports such as "@sinclair/typebox/value" are external too.
  external: external.flatMap((name) => [name, `${name}/*`]),
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
});
console.log("Built server/dist/server.js");
