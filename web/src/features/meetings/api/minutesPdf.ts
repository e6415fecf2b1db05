import { downloadFile } from "../../../lib/download.ts";
import { meetingPath, type MeetingRef } from "./keys.ts";

/** Downloads the meeting's minutes as the PDF the server makes, under the name it gives. */
export function downloadMinutesPdf(meeting: MeetingRef): Promise<void> {
  return downloadFile(`${meetingPath(meeting)}/minutes.pdf`, "application/pdf", `notulen-${meeting.date}.pdf`);
}
