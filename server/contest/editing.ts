// What creating and editing a contest share: the level an organiser may run, the stored form of the schedule (UTC
// ISO text, so stored instants compare as text in queries), and the names of the organisations eligibility admits.
import type { ContestFields, ContestLevel } from '../../src/shared/contracts/contest';
import type { OrgKind } from '../../src/shared/people/vocabulary';
import type { GuardedContext } from '../kit/guarded-function';
import { admittedOrgNames } from '../people/eligibility-facts';
import { newId } from '../kit/ids';
import type { OrgRecord } from '../people/orgs';
import type { ContestRecord } from './records';

const LEVEL_OF_KIND: Record<OrgKind, ContestLevel> = {
  city: 'city',
  district: 'district',
  industry: 'district',
  enterprise: 'enterprise',
};

/** A city union runs city contests, a district or industry union district ones, an enterprise union its own. */
export const orgKindFitsLevel = (kind: OrgKind, level: ContestLevel) => LEVEL_OF_KIND[kind] === level;

const utc = (instant: string) => new Date(instant).toISOString();

export function normaliseContest(fields: ContestFields): ContestFields {
  const { schedule } = fields;
  return {
    ...fields,
    schedule: {
      ...schedule,
      opensAt: utc(schedule.opensAt),
      closesAt: utc(schedule.closesAt),
      cancelBy: utc(schedule.cancelBy),
    },
  };
}

/** The admitted organisations' names; an id that names no organisation is refused, naming it. */
export function eligibilityOrgNames(ctx: GuardedContext, fields: ContestFields): Promise<Record<string, string>> {
  return admittedOrgNames(ctx.db, fields.eligibility.orgIds, 'contest.eligibility.orgIds');
}

/** A new contest of `org` as stored: its schedule normalised, nothing published and no clock job done yet. */
export function newContestRecord(
  org: Pick<OrgRecord, '_id' | 'path' | 'name'>,
  fields: ContestFields,
  eligibilityOrgs: Record<string, string>,
  createdBy: string,
  now: Date,
): ContestRecord {
  return {
    _id: newId('ct'),
    ...normaliseContest(fields),
    orgId: org._id,
    orgPath: org.path,
    orgName: org.name,
    eligibilityOrgs,
    published: false,
    publishedAt: null,
    closingNoticeAt: null,
    remindedAt: null,
    absentMarkedAt: null,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
}
