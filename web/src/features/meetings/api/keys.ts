import { branchPath } from "../../../lib/api.ts";
/** Query keys of the meeting pages, so a write refreshes every view that shows the same meeting. */
export const meetingKeys = {
  all: (slug: string) => ["branches", slug, "meetings"] as const,
  meeting: (slug: string, seriesId: string, date: string) => ["branches", slug, "meetings", seriesId, date] as const,
  agenda: (slug: string, seriesId: string, date: string) => [...meetingKeys.meeting(slug, seriesId, date), "agenda"] as const,
  decisions: (slug: string, seriesId: string, date: string) => [...meetingKeys.meeting(slug, seriesId, date), "decisions"] as const,
  actions: (slug: string, seriesId: string, date: string) => [...meetingKeys.meeting(slug, seriesId, date), "actions"] as const,
  attendance: (slug: string, seriesId: string, date: string) => [...meetingKeys.meeting(slug, seriesId, date), "attendance"] as const,
  actionList: (slug: string) => ["branches", slug, "actions"] as const,
  guestRequests: (slug: string) => ["branches", slug, "guest-requests"] as const,
  publicMeetings: (slug: string) => ["public", slug, "board-meetings"] as const,
  guestStatus: (token: string) => ["public", "guest-requests", token] as const,
};


export interface MeetingRef {
  slug: string;
  seriesId: string;
  date: string;
}

export function meetingPath({ slug, seriesId, date }: MeetingRef): string {
  return `${branchPath(slug)}/meetings/${encodeURIComponent(seriesId)}/${encodeURIComponent(date)}`;
}

export { branchPath };
