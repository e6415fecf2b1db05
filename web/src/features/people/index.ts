// What other features may use of people (members, roles, invitations).
export { peopleKeys } from "./api/keys.ts";
