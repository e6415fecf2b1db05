import type { ManagedWorkingGroup } from "@afdelingsplanner/shared/schemas";
import { GroupSettings } from "./GroupSettings.tsx";
import { JoinPanel } from "./JoinPanel.tsx";
import { JoinRequestList } from "./JoinRequestList.tsx";
import { MembersEditor } from "./MembersEditor.tsx";

/** Everything about who is in a group, shown to each caller as far as they may act: join, answer requests, members, settings. */
export function GroupManagement({ slug, group, isBranchMember }: { slug: string; group: ManagedWorkingGroup; isBranchMember: boolean }) {
  return (
    <div className="wg-manage-grid">
      {isBranchMember && !group.you.member && <JoinPanel slug={slug} group={group} />}
      {group.you.manageMembers && <JoinRequestList slug={slug} group={group} />}
      {group.you.manageMembers && <MembersEditor slug={slug} group={group} />}
      {group.you.edit && <GroupSettings slug={slug} group={group} />}
    </div>
  );
}
