import coreNl from "./nl.json";
import coreEn from "./en.json";
import calendarNl from "./calendar.nl.json";
import calendarEn from "./calendar.en.json";
import rosterNl from "./roster.nl.json";
import rosterEn from "./roster.en.json";
import workingGroupsNl from "./workingGroups.nl.json";
import workingGroupsEn from "./workingGroups.en.json";
import meetingsNl from "./meetings.nl.json";
import meetingsEn from "./meetings.en.json";
import accountNl from "./account.nl.json";
import accountEn from "./account.en.json";
import auditLogNl from "./auditLog.nl.json";
import auditLogEn from "./auditLog.en.json";
import notificationsNl from "./notifications.nl.json";
import notificationsEn from "./notifications.en.json";
import peopleNl from "./people.nl.json";
import peopleEn from "./people.en.json";
import passwordsNl from "./passwords.nl.json";
import passwordsEn from "./passwords.en.json";
import adminNl from "./admin.nl.json";
import adminEn from "./admin.en.json";
import trainingNl from "./training.nl.json";
import trainingEn from "./training.en.json";

// One file pair per feature, so features can add text without touching each other's files.
// Each feature's texts live under its own key: t("calendar.title"), t("roster.title").
export const nl = { ...coreNl, calendar: calendarNl, roster: rosterNl, meetings: meetingsNl, account: accountNl, auditLog: auditLogNl, notifications: notificationsNl, people: peopleNl, passwords: passwordsNl, admin: adminNl, training: trainingNl, workingGroups: { ...coreNl.workingGroups, ...workingGroupsNl } };

// Fails to compile when an English file misses a key that the Dutch one has.
export const en: typeof nl = { ...coreEn, calendar: calendarEn, roster: rosterEn, meetings: meetingsEn, account: accountEn, auditLog: auditLogEn, notifications: notificationsEn, people: peopleEn, passwords: passwordsEn, admin: adminEn, training: trainingEn, workingGroups: { ...coreEn.workingGroups, ...workingGroupsEn } };
