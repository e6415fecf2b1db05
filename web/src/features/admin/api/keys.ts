export const adminKeys = {
  branches: () => ["admin", "branches"] as const,
};
