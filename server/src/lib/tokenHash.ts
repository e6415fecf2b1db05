import { createHash } from "node:crypto";

/** SHA-256 (hex) of a secret sent in a URL: what is stored and looked up, so a database leak reveals no working link. */
export const hashSecretToken = (token: string): string => createHash("sha256").update(token).digest("hex");
