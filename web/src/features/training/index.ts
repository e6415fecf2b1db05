// training: Scholing (topics, sessions, lenses) and Wijken. Other features import only from here.
export { trainingRoutes } from "./routes.tsx";
// The wijken list for pickers elsewhere (an activity names one), and its key to refresh the Wijken view after such a write.
export { trainingKeys, useNeighbourhoods } from "./api/training.ts";
