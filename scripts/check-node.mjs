// Runs before `npm install`: stop early, with a clear message, on a node older than the project's.
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(
    `\nAfdelingsplanner needs Node.js 24 LTS or newer; this is Node ${process.versions.node}.\n` +
      "Install Node 24 (see .nvmrc: `nvm install`), or run `source scripts/use-node24.sh` for a copy from the npm registry, then `npm install` again.\n",
  );
  process.exit(1);
}
