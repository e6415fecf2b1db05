export * from "./csvImport.ts";
export * from "./formulaGuard.ts";
