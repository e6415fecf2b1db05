/**
 * What the API accepts, in one place: the TypeBox schemas validate with these numbers and the web app's forms
 * take their maxLength, min and max from them, so a form never allows what the server refuses, nor the reverse.
 * Grouped by area and named for what they limit:
 * - text: `maxLength` (and `minLength` where it means more than "not empty"; "not empty" is `minLength: 1` in
 *   the schema, which a form mirrors with `required`);
 * - numbers: `min` and `max`, both inclusive;
 * - lists: `maxItems`.
 * The domain rules (shared/src/calendar, shared/src/goals) read their limits from here too. This module imports
 * nothing, so the web app can use it without pulling in the rules (and rrule) with it.
 */
export const LIMITS = {
  common: {
    /** The email address of an account or a member: to log in with, reset a password, change it to. */
    email: { maxLength: 254 },
    /** A branch's or a working group's slug. */
    slug: { maxLength: 64 },
    /** A working group's id or slug in a query. */
    workingGroupRef: { maxLength: 100 },
  },
  auth: {
    /** A password someone already has: to log in, or as the current one when changing it. */
    password: { maxLength: 1024 },
    /** Argon2 hashes any length, but a cap keeps a huge "password" from costing the server memory and time. */
    newPassword: { minLength: 12, maxLength: 200 },
  },
  calendar: {
    seriesTitle: { maxLength: 200 },
    seriesDescription: { maxLength: 5000 },
    /** From five minutes to a day. */
    durationMinutes: { min: 5, max: 1440 },
    /** Of a series, and of one meeting that moves. */
    location: { maxLength: 500 },
    /** An RFC 5545 RRULE as typed. */
    recurrenceRule: { maxLength: 500 },
    extraAttendees: { maxItems: 1000 },
    /** Why one meeting was cancelled or moved. */
    changeReason: { maxLength: 1000 },
  },
  meetings: {
    agendaItemTitle: { maxLength: 200 },
    /** The estimated length of one agenda item. */
    agendaItemMinutes: { min: 1, max: 600 },
    agendaItemLinks: { maxItems: 20 },
    agendaItemLink: { maxLength: 2000 },
    /** The minutes (notulen) of one agenda item. */
    minutes: { maxLength: 20_000 },
    /** Agenda items in one reorder. */
    agendaOrder: { maxItems: 200 },
    referralNote: { maxLength: 2000 },
    decisionText: { maxLength: 5000 },
    actionTitle: { maxLength: 500 },
    guestName: { maxLength: 200 },
    /** Checked server-side; a bad one gets 400. */
    guestEmail: { maxLength: 320 },
    /** What a guest wants to raise; it becomes a proposed agenda item. */
    guestTopic: { maxLength: 1000 },
  },
  board: {
    termLengthMonths: { min: 1, max: 120 },
    maxConsecutiveTerms: { min: 1, max: 20 },
    endingSoonWindowMonths: { min: 0, max: 24 },
    /** Free text with a roster change, e.g. the meeting where it was decided. */
    note: { maxLength: 2000 },
    /** Seats in one staggering proposal. */
    staggeringSeats: { minItems: 2, maxItems: 50 },
    seatFunction: { minLength: 1, maxLength: 100 },
    seatPortfolio: { maxLength: 200 },
    seatResponsibilities: { maxLength: 2000 },
  },
  workingGroups: {
    /** A working group's own name and description (its slug is derived from the name). */
    groupName: { maxLength: 120 },
    groupDescription: { maxLength: 2000 },
    /** What a member writes when asking to join a working group. */
    joinRequestMessage: { maxLength: 1000 },
    goalTitle: { maxLength: 200 },
    goalDescription: { maxLength: 5000 },
    /**
     * More than 0 (the schema's exclusiveMinimum). The maximum is checked by normaliseGoalShape, not the schema: the largest
     * target anyone will mean; beyond it a typo is likelier than ambition.
     */
    goalTarget: { max: 10_000_000 },
    measurementValue: { min: -1e12, max: 1e12 },
    measurementNote: { maxLength: 2000 },
    /** Posts one social_posts entry may stand for; a typo like 500 should be caught, not counted. */
    activityCount: { min: 1, max: 100 },
    activityNote: { maxLength: 2000 },
    activityLink: { maxLength: 2000 },
    /** Activities one request returns (`limit`). */
    activitiesPage: { min: 1, max: 1000 },
    organisationName: { maxLength: 200 },
    organisationNotes: { maxLength: 5000 },
    organisationWebsite: { maxLength: 500 },
    rotaName: { maxLength: 200 },
    rotaDescription: { maxLength: 2000 },
    rotaMembers: { maxItems: 100 },
    /** Weeks of a rota one request shows. */
    rotaWeeks: { min: 1, max: 52 },
    phaseName: { maxLength: 200 },
    phaseDescription: { maxLength: 5000 },
    focusTopicName: { maxLength: 100 },
    focusTopicDescription: { maxLength: 5000 },
  },
  training: {
    topicName: { maxLength: 120 },
    topicDescription: { maxLength: 5000 },
    learningQuestion: { maxLength: 500 },
    learningQuestions: { maxItems: 30 },
    sessionTitle: { maxLength: 200 },
    sessionLocation: { maxLength: 300 },
    /** From a quarter of an hour to a whole day. */
    sessionDurationMinutes: { min: 15, max: 1440 },
    speakerName: { maxLength: 120 },
    speakers: { maxItems: 20 },
    lensName: { maxLength: 60 },
    lenses: { maxItems: 30 },
    attendance: { min: 0, max: 100_000 },
    evaluation: { maxLength: 5000 },
    neighbourhoodName: { maxLength: 100 },
  },
  people: {
    name: { maxLength: 120 },
    phone: { maxLength: 40 },
    /** Words to find in the members' list. */
    search: { maxLength: 100 },
    /** Working groups a new member joins at once. */
    workingGroups: { maxItems: 50 },
    /** The code from a printed invitation letter, as typed. */
    invitationCode: { maxLength: 20 },
    /** A CSV file of members to import (its text, about 2 MB), and the rows under its header row. */
    importCsv: { maxLength: 2_000_000 },
    importRows: { max: 5000 },
    /** Rows one preview request checks (the web asks page by page to show its progress). */
    importPreviewPage: { min: 1, max: 1000 },
  },
  auditLog: {
    search: { maxLength: 100 },
    /** Entries one request returns (`limit`). */
    page: { min: 1, max: 200 },
  },
  admin: {
    /** A new branch's name, e.g. "BIJ1 Rotterdam". */
    branchName: { maxLength: 120 },
    /** An IANA time zone name; the longest today is 30 characters. */
    timeZone: { maxLength: 64 },
  },
} as const;
