// The objection form and lodgeObjection agree: whatever is typed, the form lets an objection through exactly when
// the function, parsing with the same contract schema, would take what the form sends.
import * as fc from 'fast-check';
import { selectionContract } from '@/shared/contracts/selection';
import { objectionProblems, toObjectionInput, type ObjectionDraft } from './objection-form';

const lodgeObjection = selectionContract.actions.lodgeObjection.input;

const words = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom('异', '议', '王', '强', '事', ' ', '\n', 'a'), minLength: min, maxLength: max });

const contact = fc.oneof(
  fc.stringMatching(/^1[3-9]\d{9}$/),
  fc.stringMatching(/^[a-z]{1,6}@[a-z]{1,6}\.(com|cn)$/),
  fc.constantFrom('', ' 13812345678 ', '12812345678', '1381234567', 'a@b', '@b.cn', 'a b@c.cn', 'wang@example.com'),
  fc.string({ maxLength: 14 }),
);

const draft: fc.Arbitrary<ObjectionDraft> = fc.record({
  name: fc.oneof({ arbitrary: words(2, 20), weight: 4 }, { arbitrary: words(0, 24), weight: 1 }),
  contact,
  candidateId: fc.constantFrom('none', 'cand-1'),
  reason: fc.oneof(
    { arbitrary: words(10, 60), weight: 4 },
    { arbitrary: words(0, 12), weight: 1 },
    { arbitrary: words(990, 1010), weight: 1 },
  ),
});

describe('the objection form and lodgeObjection', () => {
  it('accept exactly the same objections (1000 generated drafts)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(draft, (typed) => {
        const formSays = Object.keys(objectionProblems(typed)).length === 0;
        const functionSays = lodgeObjection.safeParse(toObjectionInput(typed, 'camp-1')).success;
        if (formSays) accepted++;
        expect(formSays).toBe(functionSays);
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });
});
