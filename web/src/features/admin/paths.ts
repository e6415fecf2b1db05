/** Afdelingen, the platform admin's list of branches. */
export const ADMIN_BRANCHES_PATH = "/beheer/afdelingen";
