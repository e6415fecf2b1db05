import { Type, type Static } from "@sinclair/typebox";

/** "Agenda versturen" (issue 15): when the agenda of one meeting last went out, and whether the caller may send it. */
export const AgendaSendStatusResponse = Type.Object({
  lastSentAt: Type.Union([Type.String({ description: "ISO 8601 instant" }), Type.Null()], { description: "When the agenda was last sent; null: never" }),
  maySend: Type.Boolean({ description: "The caller prepares this agenda (board member, preparer, the group's chair or convener) and the meeting is open" }),
});
export type AgendaSendStatusResponse = Static<typeof AgendaSendStatusResponse>;

const Titles = Type.Array(Type.String());

export const AgendaSendResponse = Type.Object({
  sentAt: Type.String({ description: "ISO 8601 instant" }),
  recipients: Type.Integer({ minimum: 0, description: "How many members with an email address the agenda was mailed to" }),
  changes: Type.Union(
    [
      Type.Object({
        added: Titles,
        removed: Titles,
        changed: Titles,
        timeChanged: Type.Boolean(),
        locationChanged: Type.Boolean(),
      }),
      Type.Null(),
    ],
    { description: "What changed since the previous send (item titles); null on the first send" },
  ),
});
export type AgendaSendResponse = Static<typeof AgendaSendResponse>;
