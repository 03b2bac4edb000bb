// Selection's content under content security: a nomination's deeds, honours and photos (`candidate`), an
// objection's reason (`objection`) and a campaign's cover (`campaign`, one image as a contest's poster is). Their owners tell the shared module how a verdict or decision changes them;
// the message-push function and the selection function register the same ones.
import type { ContentOwner } from '../content-security/owners';
import { recordContentOwner } from '../content-security/owners';
import { applySingleImageVerdict, type SingleImage } from '../content-security/single-image';
import { campaigns } from './campaigns';
import { candidates } from './candidates';
import { objections } from './objections';

/** A nomination's checked texts as staff know them (a refusal names the field by this). */
export const CANDIDATE_TEXTS = { deeds: '主要事迹', honours: '荣誉称号' } as const;
export const OBJECTION_TEXTS = { reason: '异议理由' } as const;

/** The honours as one text for the check: their titles, one a line. */
export function honoursText(honours: ReadonlyArray<{ title: string }>): string {
  return honours.map((honour) => honour.title).join('\n');
}

export const candidateContent: ContentOwner = recordContentOwner({
  kind: 'candidate',
  collection: candidates,
  imagesField: 'photoFileIds',
});

/** A refused objection is answered with the refusal, so its author reads why and the 公示 can close. */
export const objectionContent: ContentOwner = recordContentOwner({
  kind: 'objection',
  collection: objections,
  onTextRefused: (ctx, decision, actor) => ({
    answer: ctx.db.command.set({
      text: `异议内容未通过审核，不予受理。原因：${decision.reason ?? '未说明'}`,
      by: actor.id,
      byName: actor.name,
      at: ctx.now,
    }),
  }),
});

/** Where staff upload a campaign's cover: their own folder, the only place the function takes it from. */
export const campaignCoverFolder = (person: string) => `campaign-cover/${person}/`;

export const campaignCover: SingleImage = {
  kind: 'campaign',
  field: 'coverImage',
  inputField: 'coverImage',
  label: '封面图片',
  folder: campaignCoverFolder,
};

export const campaignContent: ContentOwner = {
  kind: campaignCover.kind,
  applyImageVerdict(ctx, target, verdict) {
    return applySingleImageVerdict(ctx, campaigns, campaignCover, target, verdict);
  },
  applyTextDecision() {
    return Promise.reject(new Error('a campaign keeps no screened texts'));
  },
};

export const selectionContentOwners = [candidateContent, objectionContent, campaignContent] as const;
