// How contests and entries read on the worker's and staff's pages: the phase tag, an entry's state with its
// waitlist place, the places line, and the way to fix a failing eligibility rule where there is one.
import type { ContestCard } from '@/shared/contracts/contest';
import { entryStateLabels, type ContestView, type EntryView } from '@/shared/contracts/contest';
import { contestPhaseLabels, windowText, type ContestPhase } from '@/shared/contest/schedule';
import { PAGES } from '@/shared/routes';

export const phaseTagClass = (phase: ContestPhase) =>
  `jx-tag${phase === 'open' ? ' jx-tag--brand' : phase === 'day' ? ' jx-tag--success' : ''}`;

export const phaseLabel = (phase: ContestPhase) => contestPhaseLabels[phase];

/** `候补第2位` for a waitlisted entry, else the state's label. */
export function entryStateText(entry: Pick<EntryView, 'state' | 'position'>): string {
  return entry.state === 'waitlisted' && entry.position > 0
    ? `候补第${entry.position}位`
    : entryStateLabels[entry.state];
}

export function entryTagClass(entry: Pick<EntryView, 'state'>): string {
  if (entry.state === 'confirmed') return 'jx-tag jx-tag--success';
  if (entry.state === 'pending' || entry.state === 'waitlisted') return 'jx-tag jx-tag--brand';
  if (entry.state === 'rejected') return 'jx-tag jx-tag--alert';
  return 'jx-tag';
}

/** `剩余3个名额`, or that the places are taken and the waitlist is open (with how many wait). */
export function placesText(card: Pick<ContestCard, 'placesLeft' | 'capacity' | 'waiting'>): string {
  if (card.placesLeft > 0) return `共${card.capacity}个名额，剩余${card.placesLeft}个`;
  return card.waiting > 0 ? `名额已满，${card.waiting}人候补中` : '名额已满，可报名候补';
}

export const windowLine = (card: Pick<ContestCard, 'schedule'>) => `报名时间：${windowText(card.schedule)}`;

/**
 * Where a worker fixes what keeps them out, from the verdict: not a member (`member`) → join a union; a rule that
 * names a profile field it lacks or differs on (`field`: the ID number an age rule reads, or the trade) → their
 * profile. An age out of range, a unit, 一线 or an honour nobody can fix themselves: none.
 */
export function fixOf(
  verdict: Pick<NonNullable<ContestView['verdict']>, 'rule' | 'field'>,
): { label: string; url: string } | null {
  if (verdict.rule === 'member') return { label: '加入企业工会', url: PAGES.account.join };
  switch (verdict.field) {
    case 'idNumber':
      return { label: '到“我的”填写身份证号', url: PAGES.account.profile };
    case 'trade':
      return { label: '到“我的”核对工种', url: PAGES.account.profile };
    default:
      return null;
  }
}
