// How the 师带徒 pages word a master, their places and an application: one place, so 找师傅, a master's page,
// 我的师带徒 and staff's table say the same thing the same way.
import type { ApplicationView, MasterView } from '@/shared/contracts/mentoring';
import { applicationStateLabels, masterLevelLabels, studioCategoryLabels } from '@/shared/mentoring/vocabulary';
import { tradeLabels } from '@/shared/people/trades';
import { honourLevelLabels } from '@/shared/people/vocabulary';

/** 已带 3/5 徒弟 — with the limit, so a full master reads as full. */
export const placesText = (master: Pick<MasterView, 'active' | 'limit'>) =>
  `已带 ${master.active}/${master.limit} 徒弟`;

/** Whether an application may go to this master now, in words (the tag beside the name). */
export function takingText(master: Pick<MasterView, 'accepting' | 'hasPlace'>): string {
  if (!master.accepting) return '暂不收徒';
  return master.hasPlace ? '接受申请' : '名额已满';
}

export const takingTagClass = (master: Pick<MasterView, 'hasPlace'>) =>
  master.hasPlace ? 'jx-tag jx-tag--success' : 'jx-tag';

/** 数控车工 · 技师 */
export const tradeLevelText = (master: Pick<MasterView, 'trade' | 'level'>) =>
  master.level === 'other'
    ? tradeLabels[master.trade]
    : `${tradeLabels[master.trade]} · ${masterLevelLabels[master.level]}`;

/** One honour as a line: 市劳动模范（市级 · 2019年）. */
export const honourText = (honour: MasterView['honours'][number]) =>
  `${honour.title}（${honourLevelLabels[honour.level]} · ${honour.year}年）`;

export const studioLine = (studio: NonNullable<MasterView['studio']>) =>
  `${studio.name}（${studioCategoryLabels[studio.category]}类）`;

export const applicationTagClass = (app: Pick<ApplicationView, 'state'>) =>
  app.state === 'accepted' ? 'jx-tag jx-tag--success' : app.state === 'declined' ? 'jx-tag jx-tag--alert' : 'jx-tag';

export const applicationStateText = (app: Pick<ApplicationView, 'state'>) => applicationStateLabels[app.state];

/** ★★★★☆ with the count in words, so the rating is never carried by the glyphs alone. */
export function starsText(stars: number | null): string {
  if (stars === null) return '未评星';
  return `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} ${stars}星`;
}

export interface ApplyRefusal {
  /** Why the form is not offered, in a sentence. */
  message: string;
}

/**
 * Why the caller may not apply to this master now, before they try (the server refuses the same cases): themself,
 * a master already in this trade, not taking applications, no place left. Null: the form is offered.
 */
export function applyRefusal(
  master: Pick<MasterView, 'masterId' | 'trade' | 'accepting' | 'hasPlace'>,
  me: { userId: string | null; masterTrades: readonly string[] },
): ApplyRefusal | null {
  if (me.userId === master.masterId) return { message: '这是你自己的师傅主页，不能向自己拜师。' };
  if (me.masterTrades.includes(master.trade)) {
    return { message: `你已有${tradeLabels[master.trade]}工种的师傅，同一工种只能拜一位师傅。` };
  }
  if (!master.accepting) return { message: '这位师傅暂不接受拜师申请，可以先看看其他师傅。' };
  if (!master.hasPlace) return { message: '这位师傅的带徒名额已满，有名额空出后可以再申请。' };
  return null;
}
