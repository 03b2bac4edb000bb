// Who is scored and ranked in a contest: a person's entry in an individual contest, a team in a team contest (a team
// counts once, with one pair of scores). The score sheet, the published ranking and the results file read
// contestants, so both kinds follow the same rules (results.ts, src/shared/contest/scores.ts).
import type { EntryState } from '../../src/shared/contracts/contest';
import type { Db } from '../kit/db';
import { contestEntries, type ContestEntryRecord, type ContestRecord } from './records';
import { shownTeamName } from './team-names';
import { contestTeams, type TeamRecord } from './teams';

export interface Contestant {
  _id: string;
  contestId: string;
  /** The person's name, or the team's name as the viewer may read it. */
  name: string;
  /** The person's unit, or the team's members by name (the results' 单位 column). */
  orgName: string | null;
  state: EntryState;
  checkedIn: { at: Date; how: 'scan' | 'manual'; by: string } | null;
  scores: { theory: number | null; practical: number | null } | null;
  /** Everyone the line concerns (recusal: nobody scores a line they are in). */
  people: string[];
}

/** Who reads a team's name: staff read it as written, anyone else the neutral name while WeChat holds it. */
export type Reader = 'staff' | 'public';

function entryContestant(entry: ContestEntryRecord): Contestant {
  return { ...entry, people: [entry.person] };
}

function teamContestant(team: TeamRecord, reader: Reader): Contestant {
  const captain = team.members.find((member) => member.person === team.captain);
  const others = team.members.filter((member) => member !== captain);
  return {
    _id: team._id,
    contestId: team.contestId,
    name: shownTeamName(team, captain?.name ?? '', reader === 'staff' ? 'staff' : null),
    orgName: [...(captain ? [captain] : []), ...others].map((member) => member.name).join('、'),
    state: team.state,
    checkedIn: team.checkedIn ?? null,
    scores: team.scores ?? null,
    people: team.members.map((member) => member.person),
  };
}

const isTeamContest = (contest: Pick<ContestRecord, 'entry'>) => contest.entry.kind === 'team';

/** The collection a contest's contestants are stored in (scores are written there). */
export const contestantCollection = (db: Db, contest: Pick<ContestRecord, 'entry'>) =>
  (isTeamContest(contest) ? contestTeams : contestEntries).of(db);

/** Everyone who held a confirmed place on the day: checked in, or marked 缺考. */
export async function scoredContestants(db: Db, contest: ContestRecord, reader: Reader): Promise<Contestant[]> {
  const where = { contestId: contest._id, state: db.command.in(['confirmed', 'absent']) };
  if (isTeamContest(contest)) {
    return (await contestTeams.readAll(db, where)).map((team) => teamContestant(team, reader));
  }
  return (await contestEntries.readAll(db, where)).map(entryContestant);
}

/** One contestant of the contest by its entry id (a team's id in a team contest), or null. */
export async function contestantById(db: Db, contest: ContestRecord, id: string): Promise<Contestant | null> {
  if (isTeamContest(contest)) {
    const team = await contestTeams.byId(db, id);
    return team ? teamContestant(team, 'staff') : null;
  }
  const entry = await contestEntries.byId(db, id);
  return entry ? entryContestant(entry) : null;
}
