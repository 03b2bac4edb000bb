import fc from 'fast-check';
import { earliestStarts, moveStage, runningBounds, type DaySchedule } from './schedule-moves';
import { scheduledStages, type ScheduledStage } from './stages';

// 2026-12-01 10:00 Beijing: tomorrow is 12-02.
const now = new Date('2026-12-01T02:00:00Z');
const none = runningBounds(new Set<ScheduledStage>(), now);
const begunBy = (...stages: ScheduledStage[]) => runningBounds(new Set(stages), now);

/** A week per stage from 12-10. */
const weekly: DaySchedule = {
  nomination: '2026-12-10',
  review: '2026-12-17',
  published: '2026-12-24',
  voting: '2026-12-31',
  scoring: '2027-01-07',
  result: '2027-01-14',
  publicity: '2027-01-21',
  final: '2027-01-28',
};

const inOrder = (schedule: DaySchedule) =>
  scheduledStages.every((stage, i) => i === 0 || schedule[scheduledStages[i - 1]!] < schedule[stage]);

describe('moving a stage on the timeline', () => {
  it('moves only that stage while it stays between its neighbours', () => {
    const moved = moveStage(weekly, 'voting', '2027-01-02', none);
    expect(moved.schedule).toEqual({ ...weekly, voting: '2027-01-02' });
    expect(moved.carried).toEqual([]);
  });

  it('carries the later stages along, each keeping its length, when one is pushed past the next', () => {
    const moved = moveStage(weekly, 'review', '2026-12-27', none);
    expect(moved.schedule).toMatchObject({
      nomination: '2026-12-10',
      review: '2026-12-27',
      published: '2027-01-03',
      voting: '2027-01-10',
      scoring: '2027-01-17',
    });
    expect(moved.carried).toEqual(['published', 'voting', 'scoring', 'result', 'publicity', 'final']);
    expect(inOrder(moved.schedule)).toBe(true);
  });

  it('stops carrying where the next stage already starts later', () => {
    const gapped = {
      ...weekly,
      scoring: '2027-02-01',
      result: '2027-02-08',
      publicity: '2027-02-15',
      final: '2027-02-22',
    };
    const moved = moveStage(gapped, 'voting', '2027-01-20', none);
    expect(moved.carried).toEqual([]);
    const further = moveStage(gapped, 'voting', '2027-02-03', none);
    expect(further.carried).toEqual(['scoring', 'result', 'publicity', 'final']);
    // Voting ran 32 days (12-31 to 02-01) and keeps them; scoring keeps its week after it.
    expect(further.schedule).toMatchObject({ voting: '2027-02-03', scoring: '2027-03-07', result: '2027-03-14' });
  });

  it('carries the earlier stages back when one is pulled before the previous one', () => {
    const moved = moveStage(weekly, 'published', '2026-12-15', none);
    expect(moved.schedule).toMatchObject({ review: '2026-12-08', published: '2026-12-15' });
    // Keeping its week would start nomination today (12-01), where the clock would move it at once: it keeps one
    // day before review instead.
    expect(moved.schedule.nomination).toBe('2026-12-07');
    expect(moved.carried).toEqual(['nomination', 'review']);
  });

  it('never carries a stage back onto today or earlier', () => {
    const moved = moveStage(weekly, 'published', '2026-12-12', none);
    expect(moved.schedule.nomination >= '2026-12-02').toBe(true);
    expect(inOrder(moved.schedule)).toBe(true);
    expect(moved.carried).toEqual(['nomination', 'review']);
  });

  it('takes a day before the earliest possible start as that start', () => {
    const moved = moveStage(weekly, 'review', '2026-11-01', none);
    expect(moved.schedule.review).toBe('2026-12-03');
    expect(moved.schedule.nomination).toBe('2026-12-02');
  });

  it('leaves a stage that has begun where it is, and moves nothing into it', () => {
    const begun = { ...weekly, nomination: '2026-11-20', review: '2026-11-27' };
    const fixed = begunBy('nomination', 'review');
    expect(moveStage(begun, 'review', '2026-12-20', fixed).schedule).toEqual(begun);
    const pulled = moveStage(begun, 'voting', '2026-11-25', fixed);
    expect(pulled.schedule).toMatchObject({ nomination: '2026-11-20', review: '2026-11-27' });
    expect(pulled.schedule.published).toBe('2026-12-02');
    expect(pulled.schedule.voting).toBe('2026-12-03');
  });

  it('offers each stage no earlier than tomorrow and the day after the last begun stage, a day per stage', () => {
    const begun = { ...weekly, nomination: '2026-11-20', review: '2026-12-05' };
    const earliest = earliestStarts(begun, begunBy('nomination', 'review'));
    expect(earliest).toMatchObject({ published: '2026-12-06', voting: '2026-12-07' });
    expect(earliest.nomination).toBeUndefined();
    expect(earliestStarts(weekly, none).nomination).toBe('2026-12-02');
  });

  it('lets a new campaign be entered with stages that began already, still in order', () => {
    const unbounded = { fixed: new Set<ScheduledStage>(), notBefore: null };
    expect(earliestStarts(weekly, unbounded)).toEqual({});
    const moved = moveStage(weekly, 'published', '2026-11-20', unbounded);
    expect(moved.schedule).toMatchObject({ nomination: '2026-11-06', review: '2026-11-13', published: '2026-11-20' });
  });

  it('keeps any schedule in order whatever stage is moved to whatever day', () => {
    const day = fc.integer({ min: -60, max: 400 }).map((n) => {
      const t = new Date(Date.UTC(2026, 11, 2 + n));
      return t.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(fc.constantFrom(...scheduledStages), day, fc.integer({ min: 0, max: 3 }), (stage, to, begun) => {
        const fixedStages = new Set(scheduledStages.slice(0, begun));
        const start = { ...weekly };
        scheduledStages.slice(0, begun).forEach((s, i) => (start[s] = `2026-11-${String(10 + i).padStart(2, '0')}`));
        const moved = moveStage(start, stage, to, runningBounds(fixedStages, now));
        expect(inOrder(moved.schedule)).toBe(true);
        for (const s of fixedStages) expect(moved.schedule[s]).toBe(start[s]);
        for (const s of scheduledStages) if (!fixedStages.has(s)) expect(moved.schedule[s] > '2026-12-01').toBe(true);
      }),
    );
  });
});
