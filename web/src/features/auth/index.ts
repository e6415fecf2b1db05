// What other features may use of "auth"; everything else in this folder is its own.
export * from "./useAuth.ts";
