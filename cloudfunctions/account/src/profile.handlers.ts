// The caller's own record: 我的 (who they are and their roles), consent to the privacy terms, their profile with
// phone and ID number sealed, and the plain numbers for themselves only.
import type { accountContract } from '../../../src/shared/contracts/account';
import { maskIdNumber, maskPhone } from '../../../src/shared/people/personal-data';
import { PRIVACY_TERMS_VERSION } from '../../../src/shared/people/vocabulary';
import { AppError } from '../../../server/kit/app-error';
import { users, type SealedField, type UserRecord } from '../../../server/people/users';
import { moveFrontline } from '../../../server/people/frontline';
import { frontlineOf } from '../../../server/people/honours';
import { decryptPersonal, encryptPersonal } from '../../../server/people/personal-crypto';
import type { GuardedHandlers } from '../../../server/kit/guarded-function';
import { answerMe, current } from './me';

function seal(value: string, mask: (plain: string) => string): SealedField {
  return { sealed: encryptPersonal(value), masked: mask(value) };
}

export const profileHandlers = {
  me: async (_input, ctx) => answerMe(ctx.db, await current(ctx), ctx.caller.grants),
  consent: async ({ version }, ctx) => {
    if (version !== PRIVACY_TERMS_VERSION) {
      throw new AppError('CONFLICT', '隐私保护指引已更新，请重新阅读后再同意', 'version');
    }
    const user = await current(ctx);
    await users
      .of(ctx.db)
      .doc(user._id)
      .update({ consent: { version, at: ctx.now } });
    return answerMe(ctx.db, { ...user, consent: { version, at: ctx.now } }, ctx.caller.grants);
  },
  saveProfile: async (input, ctx) => {
    const user = await current(ctx);
    if (user.consent?.version !== PRIVACY_TERMS_VERSION) {
      throw new AppError('FORBIDDEN', '请先阅读并同意隐私保护指引', 'consent');
    }
    const previous = user.profile;
    const profile: NonNullable<UserRecord['profile']> = {
      realName: input.realName,
      trade: input.trade,
      // The worker's words only mean something for 其他; a listed trade speaks for itself.
      tradeNote: input.trade === 'other' ? (input.tradeNote ?? null) : null,
      skillLevel: input.skillLevel,
      // undefined keeps what is stored; null removes it.
      phone:
        input.phone === undefined ? (previous?.phone ?? null) : input.phone ? seal(input.phone, maskPhone) : null,
      idNumber:
        input.idNumber === undefined
          ? (previous?.idNumber ?? null)
          : input.idNumber
            ? seal(input.idNumber, maskIdNumber)
            : null,
      photoFileId: input.photoFileId === undefined ? (previous?.photoFileId ?? null) : input.photoFileId,
      updatedAt: ctx.now,
    };
    // `set` on the nested object replaces it whole, so a removed field does not linger.
    await users
      .of(ctx.db)
      .doc(user._id)
      .update({ profile: ctx.db.command.set(profile) });
    // 一线职工 changes only when the statement does, so saving the form never overwrites a staff decision.
    let after: UserRecord = { ...user, profile };
    const stated = frontlineOf(user) !== 'none';
    if (input.frontline !== undefined && input.frontline !== stated) {
      await moveFrontline(ctx.db, user._id, input.frontline ? 'state' : 'unstate', null);
      after = (await users.byId(ctx.db, user._id)) ?? after;
    }
    return answerMe(ctx.db, after, ctx.caller.grants);
  },
  myPersonal: async (_input, ctx) => {
    const profile = ctx.caller.user?.profile;
    return {
      phone: profile?.phone ? decryptPersonal(profile.phone.sealed) : null,
      idNumber: profile?.idNumber ? decryptPersonal(profile.idNumber.sealed) : null,
    };
  },
} satisfies Pick<GuardedHandlers<typeof accountContract>, 'me' | 'consent' | 'saveProfile' | 'myPersonal'>;
