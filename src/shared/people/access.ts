// Who may call what: one declarative table for every action of every function, consulted by the server before a
// handler runs (and by the app only to decide which buttons to show — the server's check is the one that counts).
//
// Rules:
// - anyone:     any WeChat user, including a member of the public with no profile;
// - profiled:   someone who has saved a profile;
// - staff:      anyone holding a staff grant; the handler limits what they see to their subtree;
// - staffOver:  a staff member at the target organisation or one of its ancestors (`strict`: an ancestor only;
//               `kinds`: only staff whose node is of these kinds);
// - expert:     an expert granted for the target campaign.
import type { OrgKind } from './vocabulary';

export type AccessRule =
  | { who: 'anyone' }
  | { who: 'profiled' }
  | { who: 'staff'; kinds?: readonly OrgKind[] }
  | { who: 'staffOver'; strict?: boolean; kinds?: readonly OrgKind[] }
  | { who: 'expert' };

const anyone = { who: 'anyone' } as const;
const profiled = { who: 'profiled' } as const;
const staff = { who: 'staff' } as const;
const staffOver = { who: 'staffOver' } as const;

export const accessTable = {
  'account.me': anyone,
  'account.consent': anyone,
  'account.saveProfile': anyone,
  'account.myPersonal': profiled,
  'account.directory': anyone,
  'account.requestJoin': profiled,
  'account.cancelJoin': profiled,
  'account.inviteInfo': anyone,
  'account.acceptInvite': profiled,
  // Messages and subscribe acceptances: anyone's own, by the caller's openid (objectors and voters need no profile).
  'account.subscribeTemplates': anyone,
  'account.acceptSubscriptions': anyone,
  'account.myMessages': anyone,
  'account.unreadMessages': anyone,
  'account.readMessage': anyone,

  'union.workbench': staff,
  'union.orgTree': staff,
  // The target of createOrg is the new organisation's parent.
  'union.createOrg': staffOver,
  'union.renameOrg': staffOver,
  // Retiring a node is for those above it: a union cannot retire itself.
  'union.retireOrg': { who: 'staffOver', strict: true },
  'union.listJoinRequests': staff,
  'union.decideJoin': staffOver,
  'union.listMembers': staffOver,
  'union.searchPeople': staff,
  // The target is the person's enterprise: staff of the enterprise's union or above.
  'union.revealPersonal': staffOver,
  'union.createInvite': staffOver,
  // A staff grant targets the organisation it is for; an expert grant has no organisation and is for staff who
  // run selection campaigns (city and district).
  'union.grantRole': staff,
  'union.revokeRole': staff,
  'union.designateModelWorker': staffOver,
  'union.setHonours': staffOver,
  'union.decideFrontline': staffOver,
  // A one-off rewrite of every person's record: the city union's alone.
  'union.migratePeople': { who: 'staff', kinds: ['city'] },
  'union.auditLog': staff,

  // Campaigns are run by city and district unions; the target is the organising union.
  'selection.createCampaign': { who: 'staffOver', kinds: ['city', 'district'] },
  'selection.updateCampaign': staffOver,
  'selection.advanceStage': staffOver,
  'selection.myCampaigns': staff,
  // The handler lets through the campaigns the caller organises or nominates into (those myCampaigns lists).
  'selection.staffCampaign': staff,
  // The target of a nomination is the nominee's enterprise: staff over them nominate and correct it.
  'selection.nomineeCheck': staff,
  'selection.nominate': staffOver,
  'selection.updateNomination': staffOver,
  'selection.listNominations': staff,
  'selection.returnedNominations': staff,
  // The target of a review is the organising union: its staff review what others nominated.
  'selection.reviewNomination': staffOver,
  // Acting on votes is for the organising union (the target is the campaign's organiser); every act is audited.
  'selection.listFlags': staffOver,
  'selection.voidVoter': staffOver,
  'selection.zeroFlagged': staffOver,
  'selection.dismissFlag': staffOver,
  'selection.disqualify': staffOver,
  'selection.recount': staffOver,
  'selection.rebuildCounts': staffOver,
  'selection.exportVotes': staffOver,
  // Excel lists of a campaign (nominations, result, flags): its organisers, as for the vote log.
  'selection.exportWorkbook': staffOver,
  'selection.voteTrend': staffOver,
  // Experts score the candidates of the campaign they are granted for, and nothing else.
  // Answers from the caller's own expert grants: empty for everyone else.
  'selection.myScoring': anyone,
  'selection.scoringSheet': { who: 'expert' },
  'selection.submitScore': { who: 'expert' },
  'selection.remindMeToScore': { who: 'expert' },
  'selection.scoringProgress': staffOver,
  'selection.result': anyone,
  // The holiday calendar is the city's; objections are anyone's to lodge and the organisers' to answer.
  // Every union's staff may read the calendar their 公示 periods follow; the city union enters it.
  'selection.calendar': staff,
  'selection.setCalendar': { who: 'staff', kinds: ['city'] },
  'selection.lodgeObjection': anyone,
  'selection.myObjections': anyone,
  'selection.listObjections': staffOver,
  'selection.answerObjection': staffOver,
  // A held text is decided by the staff who review what it belongs to: the campaign's organisers.
  'selection.decideHeldText': staffOver,
  'selection.candidateCode': anyone,
  'selection.resolveCode': anyone,
  'selection.campaigns': anyone,
  'selection.campaign': anyone,
  'selection.candidates': anyone,
  'selection.candidate': anyone,
  // 十个一: a worker's own records (the caller's, by openid); staff over the author's enterprise for the rest. The
  // entry read is the author's or (checked by the handler) staff over the author. No action grants a credit: credits
  // come only from the records these actions keep, through the credit module.
  'activity.myYear': profiled,
  'activity.myProgress': anyone,
  'activity.personYear': staffOver,
  'activity.logEntry': profiled,
  'activity.editEntry': profiled,
  'activity.deleteEntry': profiled,
  'activity.entry': profiled,
  'activity.writeDiary': profiled,
  'activity.myDiary': profiled,
  'activity.savePlan': profiled,
  'activity.markGoal': profiled,
  'activity.reviewQueue': staff,
  'activity.reviewEntry': staffOver,
  'activity.decideRecordText': staffOver,
  // Completion dashboards: any staff member for their own node by default; the handler requires them over the
  // organisation asked for. A worker list and an Excel file are always of a named organisation.
  'activity.progress': staff,
  'activity.memberProgress': staffOver,
  'activity.exportProgress': staffOver,
  // Contests: staff over the organising union create and run them (the handler checks the organiser's path);
  // workers with a profile browse, enter and cancel what their own unions organise (the handler checks membership).
  'contest.createContest': staffOver,
  'contest.updateContest': staffOver,
  'contest.myContests': staff,
  // Read-only for any staff member over the organiser; the handler requires it.
  'contest.staffContest': staff,
  'contest.contestEntries': staffOver,
  'contest.reviewEntry': staffOver,
  'contest.decideAnswerText': staffOver,
  'contest.contests': profiled,
  'contest.contest': profiled,
  'contest.register': profiled,
  'contest.cancelEntry': profiled,
  'contest.myEntries': profiled,
  // Scores are entered and published by staff over the organiser; the published ranking is for whoever may see
  // the contest (the handler checks membership).
  'contest.scoreSheet': staffOver,
  'contest.saveScores': staffOver,
  'contest.publishResults': staffOver,
  'contest.correctScore': staffOver,
  'contest.exportContest': staffOver,
  // The contest day: the organisers show the rotating code and check a named contestant in by hand; a contestant
  // checks themselves in with the code (the handler checks their entry).
  'contest.checkInCode': staffOver,
  'contest.checkIn': profiled,
  'contest.manualCheckIn': staffOver,
  // Teams: workers with a profile, for contests their unions organise (the handlers check membership, the window,
  // eligibility, and that only the captain submits).
  'contest.createTeam': profiled,
  'contest.team': profiled,
  'contest.myTeam': profiled,
  'contest.joinTeam': profiled,
  'contest.leaveTeam': profiled,
  'contest.submitTeam': profiled,
  // A team name held by WeChat's check waits for the organisers (the handler refuses the team's own members).
  'contest.decideTeamName': staffOver,
  'contest.results': profiled,
  // The home and 活动 tabs' glance: empty for someone with no profile, so anyone may ask.
  'contest.glance': anyone,
  // 师带徒: staff over a person's enterprise make them a master and set their limit (audited); the master opens or
  // closes applications and keeps their studio (staff over them may too: the handler checks); staff over the studio
  // rate it. Workers with a profile find masters and apply; the master decides (the handler checks it is theirs);
  // staff over both the master and the apprentice assign a pair. A studio's page is public.
  'mentoring.designateMaster': staffOver,
  'mentoring.setMasterLimit': staffOver,
  'mentoring.setAccepting': profiled,
  'mentoring.master': profiled,
  'mentoring.findMasters': profiled,
  'mentoring.saveStudio': profiled,
  'mentoring.rateStudio': staffOver,
  // A studio text WeChat held waits for staff over the studio (the handler refuses its own master).
  'mentoring.decideStudioText': staffOver,
  'mentoring.studio': anyone,
  'mentoring.applyToMaster': profiled,
  // Only the application's master decides it: the deciding write matches the master's openid the application copied
  // (no one else's call changes anything), so the caller's record need not be read.
  'mentoring.decideApplication': anyone,
  'mentoring.assignPair': staffOver,
  'mentoring.myMentoring': profiled,
  'mentoring.heldStatements': staff,
  'mentoring.decideStatementText': staffOver,
  // Agreements: the pair's master proposes and records checks, its apprentice agrees (the handler checks which of
  // the pair the caller is); a pair with its checks is read by the pair and staff over the master's enterprise;
  // staff over an organisation read its cadence table and dissolve a pair; 出师考核 is the master's or staff's over
  // the pair (audited); the apprentice's plan and its comments are the pair's and staff over it's to read, the master's to comment.
  'mentoring.proposeAgreement': profiled,
  'mentoring.confirmAgreement': profiled,
  'mentoring.recordCheck': profiled,
  'mentoring.apprenticeship': profiled,
  'mentoring.myPairs': profiled,
  'mentoring.cadenceTable': staffOver,
  'mentoring.graduate': profiled,
  'mentoring.dissolvePair': staffOver,
  'mentoring.apprenticePlan': profiled,
  'mentoring.commentPlan': profiled,
  // A pair's text WeChat held waits for staff over the pair (the handler refuses either of its people).
  'mentoring.decidePairText': staffOver,
  // Any staff member lists the held pair texts of their own part of the tree (the handler keeps to it).
  'mentoring.heldPairTexts': staff,
  // Sessions and lectures: a master's own acts on their sessions, a worker's sign-up and check-in (the handler checks
  // the audience and that the caller is the session's master).
  'mentoring.postSession': profiled,
  'mentoring.editSession': profiled,
  'mentoring.cancelSession': profiled,
  'mentoring.sessions': profiled,
  'mentoring.sessionGlance': profiled,
  'mentoring.session': profiled,
  'mentoring.postedSessions': profiled,
  'mentoring.signUpSession': profiled,
  'mentoring.withdrawSession': profiled,
  'mentoring.sessionCheckInCode': profiled,
  'mentoring.checkInSession': profiled,
  'mentoring.checkInSessionByCode': profiled,
  'mentoring.manualSessionCheckIn': profiled,
  'mentoring.heldSessionTexts': staff,
  'mentoring.decideSessionText': staffOver,
  // The 宣讲团: staff over the master (or the organisation whose team they watch).
  'mentoring.setLectureTeam': staffOver,
  'mentoring.lectureTeam': staffOver,
  // A master's record: their totals are public to anyone with a profile, as their studio page is.
  'mentoring.masterRecord': profiled,
  'mentoring.exportMasterRecord': staffOver,
  // The pages' reads (issue 15): staff's table of their subtree's masters; the organisations 找师傅 filters by.
  'mentoring.staffMasters': staff,
  'mentoring.mentorOrgs': profiled,
  // Voting needs no sign-up: any WeChat user (an openid, no profile) may vote.
  'vote.cast': anyone,
  'vote.today': anyone,
} as const satisfies Record<string, AccessRule>;

export type GuardedAction = keyof typeof accessTable;

/** Organisation kinds whose staff may grant and revoke expert roles (they run selection campaigns). */
export const CAMPAIGN_STAFF_KINDS: readonly OrgKind[] = ['city', 'district'];

/** What the rules need to know about a caller. */
export interface Principal {
  profiled: boolean;
  /** Campaigns the caller is an expert for. */
  expertFor?: readonly string[];
  /** Each staff grant's organisation path, root first, the organisation itself last; and its kind. */
  staffAt: ReadonlyArray<{ path: readonly string[]; kind: OrgKind }>;
}

export type Verdict = 'allow' | 'needs-profile' | 'forbidden';

/**
 * Decides a rule for a principal. `target` is the target organisation's path (root first, itself last) for
 * staffOver rules, or the campaign id for expert rules; without it such a rule can only be met by nobody.
 */
export function decide(rule: AccessRule, who: Principal, target?: readonly string[] | string): Verdict {
  const targetPath = Array.isArray(target) ? (target as readonly string[]) : undefined;
  switch (rule.who) {
    case 'expert':
      if (target === undefined) return (who.expertFor ?? []).length > 0 ? 'allow' : 'forbidden';
      return typeof target === 'string' && (who.expertFor ?? []).includes(target) ? 'allow' : 'forbidden';
    case 'anyone':
      return 'allow';
    case 'profiled':
      return who.profiled ? 'allow' : 'needs-profile';
    case 'staff':
      return who.staffAt.some((grant) => !rule.kinds || rule.kinds.includes(grant.kind)) ? 'allow' : 'forbidden';
    case 'staffOver': {
      if (!targetPath) return 'forbidden';
      const allowed = who.staffAt.some((grant) => {
        if (rule.kinds && !rule.kinds.includes(grant.kind)) return false;
        const node = grant.path[grant.path.length - 1];
        if (node === undefined) return false;
        const at = targetPath.indexOf(node);
        return at >= 0 && (!rule.strict || at < targetPath.length - 1);
      });
      return allowed ? 'allow' : 'forbidden';
    }
  }
}
