// training: Scholing (topics, sessions, lenses) and Wijken. Other features import only from here.
export { trainingRoutes } from "./routes.tsx";
