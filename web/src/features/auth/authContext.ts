import { createContext } from "react";
import type { Session } from "../../lib/session.ts";

export const AuthContext = createContext<Session | null>(null);
