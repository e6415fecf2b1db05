// What other parts of the app may use of "admin" (the platform admin's pages).
export { ADMIN_BRANCHES_PATH } from "./paths.ts";
