// What other features may use of "auth"; everything else in this folder is its own.
export * from "./useAuth.ts";
// The live password feedback, for every form that sets a new password (the account page, invitations).
export { usePasswordCheck } from "./api/passwordCheck.ts";
export { PasswordStrength } from "./components/PasswordStrength.tsx";
