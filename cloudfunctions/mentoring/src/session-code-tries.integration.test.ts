// The 进网络 short code tells a wrong guess how many tries are left (the page shows it under the field), down to the
// last, after which even the right code is refused; a right code on the first try checks in as before.
import { mentoringContract } from '../../../src/shared/contracts/mentoring';
import { SHORT_CODE_TRIES } from '../../../src/shared/mentoring/vocabulary';
import { callerOf, data, error, startSeededCloud, type SeededCloud } from '../../../test-support/seeded-cloud';
import { freshMaster, lectureFields } from '../../../test-support/sessions';
import { addWorkers } from '../../../test-support/tenones';

jest.setTimeout(120_000);
let env: SeededCloud;
beforeAll(async () => {
  env = await startSeededCloud();
}, 60_000);
afterAll(() => env.close());

const mentoring = callerOf(mentoringContract, () => env);

it('counts down the tries left on each wrong code, and names the field', async () => {
  const master = await freshMaster(env, 'tries-master');
  const [guesser, viewer] = await addWorkers(env, 'tries-worker', 2);
  const online = data(
    await mentoring(
      'postSession',
      { session: lectureFields(env, { lectureKind: 'online', place: null, link: 'https://live.example.cn/t' }) },
      master.openid,
    ),
  );
  const { sessionId } = online;
  for (const who of [guesser!, viewer!]) data(await mentoring('signUpSession', { sessionId }, who.openid));
  env.cloud.clock.set(env.now().getTime() + 45 * 60_000);
  const { shortCode } = data(await mentoring('sessionCheckInCode', { sessionId }, master.openid));
  const wrong = shortCode === '000000' ? '111111' : '000000';
  const type = (code: string, openid: string) => mentoring('checkInSessionByCode', { sessionId, code }, openid);

  for (let left = SHORT_CODE_TRIES - 1; left >= 1; left--) {
    expect(error(await type(wrong, guesser!.openid))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'code',
      message: `签到码不对，请核对后重新输入（还可输入${left}次）`,
    });
  }
  expect(error(await type(wrong, guesser!.openid)).message).toContain(`已输错${SHORT_CODE_TRIES}次`);
  expect(error(await type(shortCode!, guesser!.openid))).toMatchObject({ code: 'CONFLICT', field: 'code' });

  const checked = data(await type(shortCode!, viewer!.openid));
  expect(checked.mine?.checkedIn).toMatchObject({ how: 'code' });
});
