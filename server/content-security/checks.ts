// Content checks: the `contentChecks` collection, one record per text WeChat held for review and per image sent to
// its asynchronous check, naming what it belongs to (the owning module's kind of record, the record's id, and the
// field or file). Whatever the feature — selections now, 十个一, contests and masters later — its checks live here.
import type * as tcb from '@cloudbase/node-sdk';
import { storedCollection, type Db } from '../kit/db';

/** Why the text is being published, which picks WeChat's scene for it. */
export type ContentPurpose = 'profile' | 'comment' | 'forum' | 'log';

/** msg_sec_check and media_check_async v2 scenes: 1 profile, 2 comment, 3 forum, 4 social log. */
export const SCENES: Record<ContentPurpose, 1 | 2 | 3 | 4> = { profile: 1, comment: 2, forum: 3, log: 4 };

/** What a checked text or image belongs to: the owning module's kind of record and the record's id. */
export interface ContentOwnerRef {
  kind: string;
  id: string;
}

export type Suggest = 'pass' | 'review' | 'risky';

export interface TextCheckRecord {
  /** `text_<random>`. */
  _id: string;
  kind: 'text';
  owner: ContentOwnerRef;
  field: string;
  /** Whose text it is (the openid WeChat checked it for). */
  openid: string;
  scene: number;
  /** WeChat's trace id of the check, when it answered one. */
  traceId: string | null;
  label: number | null;
  /** `review` until a staff member decides. */
  status: 'review' | 'passed' | 'refused';
  createdAt: Date;
  decision: { by: string; byName: string; at: Date; reason: string | null } | null;
}

export interface ImageCheckRecord {
  /** `image_<trace id>`: the verdict names the check only by its trace id. */
  _id: string;
  kind: 'image';
  traceId: string;
  /** Null only on a verdict that arrived before its check was recorded (`early`). */
  owner: ContentOwnerRef | null;
  fileId: string | null;
  openid: string | null;
  scene: number | null;
  /** `checking` until the verdict; `early` while a verdict waits for its check to be recorded. */
  status: 'checking' | 'early' | 'passed' | 'refused';
  verdict: { suggest: Suggest; label: number } | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export type ContentCheckRecord = TextCheckRecord | ImageCheckRecord;

export const contentChecks = storedCollection<ContentCheckRecord>('contentChecks');

/** The check record of an image by the trace id WeChat gave it (trace ids are letters, digits and dashes). */
export function imageCheckId(traceId: string): string {
  return `image_${traceId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** What content checks need of a call: the platform app (WeChat and storage), the database and the instant. */
export interface ContentContext {
  app: tcb.CloudBase;
  db: Db;
  now: Date;
}

/** WeChat's label of a finding, in words (msgSecCheck's list, which media checks share). */
const LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
};

export function labelName(label: number | null | undefined): string {
  return (label !== null && label !== undefined && LABELS[label]) || '其他';
}

/** A label as WeChat sends it: a number in answers, a string of digits in pushed events. */
export function labelOf(value: unknown): number {
  const label = typeof value === 'string' ? Number(value) : value;
  return typeof label === 'number' && Number.isInteger(label) ? label : 21000;
}
