// The scoring form and submitScore agree: whatever an expert types, the form lets a score through exactly when
// the function would take it — the contract's schema and then the campaign's rubric, as the function checks them.
import * as fc from 'fast-check';
import { selectionContract } from '@/shared/contracts/selection';
import { rubricPointsSchema } from '@/shared/selection/scores';
import { fieldErrors } from '@/shared/validation/field-errors';
import { checkPoints, pointsOf, type Rubric } from './score-form';

const submitScore = selectionContract.actions.submitScore.input;

const rubric: fc.Arbitrary<Rubric> = fc
  .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 })
  .map((maxima) => maxima.map((maxPoints, i) => ({ criterion: `评分项${i + 1}`, maxPoints })));

/** What an expert might type for a criterion worth `max`. */
const entry = (max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: max * 10 }).map((tenths) => String(tenths / 10)), weight: 12 },
    { arbitrary: fc.integer({ min: 0, max: max }).map((whole) => `${whole}.0`), weight: 2 },
    { arbitrary: fc.integer({ min: 0, max: 15_000 }).map((hundredths) => String(hundredths / 100)), weight: 2 },
    { arbitrary: fc.integer({ min: -50, max: 150 }).map(String), weight: 2 },
    {
      arbitrary: fc.constantFrom('', ' ', '-0', '1.', '.5', '1e1', 'x', '０', ' 12.5 ', '0.30000000000000004'),
      weight: 1,
    },
    { arbitrary: fc.string({ maxLength: 5 }), weight: 1 },
  );

const sheet = rubric.chain((items) =>
  fc.tuple(fc.constant(items), fc.tuple(...items.map((item) => entry(item.maxPoints)))),
);

describe('the scoring form and submitScore', () => {
  it('accept exactly the same scores (2000 generated sheets)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(sheet, ([items, texts]) => {
        const checked = checkPoints(texts, items);
        const points = texts.map(pointsOf);
        const functionSays =
          submitScore.safeParse({ campaignId: 'c-1', candidateId: 'cand-1', points }).success &&
          Object.keys(fieldErrors(rubricPointsSchema(items), points)).length === 0;
        if (checked.ok) accepted++;
        expect(checked.ok).toBe(functionSays);
        if (checked.ok) expect(checked.points).toEqual(points);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('refuses a second decimal place on the function’s side too, by the field of the criterion', () => {
    const parsed = submitScore.safeParse({ campaignId: 'c-1', candidateId: 'cand-1', points: [10, 12.25] });
    expect(parsed.success ? null : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual(
      [['points.1', '请填写数字，最多1位小数']],
    );
    // Typed tenths are never refused for float noise: 1.1 and 0.3 are one decimal place.
    expect(
      submitScore.safeParse({ campaignId: 'c-1', candidateId: 'cand-1', points: [1.1, 0.3, 99.9] }).success,
    ).toBe(true);
  });
});
