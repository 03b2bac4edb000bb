// Team names under content security: a team's name is read by everyone the invitation reaches, so createTeam checks
// it with WeChat before anything is stored. A risky name refuses the request naming the field `name`; a name held for
// review is stored with its hold, and until the organisers pass it only the captain (its author) and staff read it —
// teammates and the invitation show the neutral `<captain>的队伍`. A refused name stays hidden for good.
import type { ContentContext } from '../content-security/checks';
import { textHold, type StoredHolds, type TextHold } from '../content-security/holds';
import { recordContentOwner } from '../content-security/owners';
import { screenTexts } from '../content-security/text';
import { storedCollection } from '../kit/db';

export const TEAM_NAME_FIELD = 'name';

interface NamedTeam {
  _id: string;
  name: string;
  captain: string;
  content?: StoredHolds;
}

/** Screens a new team's name for the team `teamId`: throws naming `name` when risky, else the holds to store. */
export async function screenTeamName(
  ctx: ContentContext,
  author: { teamId: string; openid: string },
  name: string,
): Promise<StoredHolds> {
  const texts = await screenTexts(
    ctx,
    { owner: { kind: 'contestTeam', id: author.teamId }, openid: author.openid, purpose: 'profile' },
    [{ field: TEAM_NAME_FIELD, label: '队名', text: name }],
  );
  return Object.keys(texts).length > 0 ? { texts } : {};
}

/** The name's hold, when it is held for review or was refused. */
export function teamNameHold(team: NamedTeam): TextHold | undefined {
  return textHold(team.content, TEAM_NAME_FIELD);
}

/** The neutral name others read while the real one is held. */
export const placeholderName = (captainName: string) => `${captainName || '队长'}的队伍`;

/** The name as `viewer` may read it: the real one once it passed, to its captain, or to staff (`staff`). */
export function shownTeamName(team: NamedTeam, captainName: string, viewer: string | null | 'staff'): string {
  if (!teamNameHold(team) || viewer === 'staff' || viewer === team.captain) return team.name;
  return placeholderName(captainName);
}

/** The owner a staff decision on a held name goes through (only what is still held under that check changes). */
export const teamNameContent = recordContentOwner<NamedTeam>({
  kind: 'contestTeam',
  collection: storedCollection<NamedTeam>('contestTeams'),
});
