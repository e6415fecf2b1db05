// What other features may use of "branches"; everything else in this folder is its own.
export * from "./api/getPeople.ts";
export * from "./api/getWorkingGroups.ts";
export * from "./useCurrentBranch.ts";
export * from "./components/BranchSettings.tsx";
