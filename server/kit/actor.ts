// Who acts, as records and the audit log name them: a person's user id (or openid before they have a record) and
// name, or the system when scheduled work acts.
export interface Actor {
  /** The user's record id, or their openid when they have no record yet. */
  id: string;
  /** Their real name, or a stand-in when they have not filled in a profile. */
  name: string;
}

/** Scheduled work acts as the system, not as a person. */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: '系统（按日程）' };

/** The actor for a caller with (or without) a user record. */
export function actorOf(caller: {
  openid: string;
  user?: { _id: string; profile: { realName: string } | null } | undefined;
}): Actor {
  return { id: caller.user?._id ?? caller.openid, name: caller.user?.profile?.realName ?? '管理员' };
}
