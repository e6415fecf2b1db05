// What other features may use of "roster"; everything else in this folder is its own.
export * from "./components/StatusBadge.tsx";
export * from "./useFormatDate.ts";
