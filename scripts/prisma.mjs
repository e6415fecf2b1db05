#!/usr/bin/env node
// Runs the Prisma CLI offline. With engineType "client" and the Wasm schema engine
// nothing native is used, but the 6.19 CLI still checks for (and tries to download)
// the Rust engines unless these variables name an existing file (see prisma/orm#27311,
// which only skips the download for the queryCompiler preview flag).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? process.execPath,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [prismaCli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
