// What other features may use of "board"; everything else in this folder is its own.
export * from "./api/getBoard.ts";
