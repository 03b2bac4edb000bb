import { accountContract, meSchema, profileInputSchema } from './account';

const org = { id: 'acme', name: '某某企业工会', kind: 'enterprise', parentName: '西湖区总工会' } as const;
const at = '2026-11-22T14:00:00+08:00';

const me = {
  userId: 'u1',
  consentVersion: '2026-11',
  profile: {
    realName: '王小强',
    trade: 'cnc_lathe_operator',
    tradeNote: null,
    skillLevel: 'technician',
    frontline: 'pending',
    phoneMasked: '138****5678',
    idNumberMasked: '1101**********002X',
    photoFileId: 'cloud://env/photo.jpg',
  },
  membership: {
    status: 'member',
    org,
    since: at,
    pending: { requestId: 'r1', org, createdAt: at },
    lastDecision: { org, approved: false, reason: '不是本企业职工', at },
  },
  history: [{ orgName: '某某企业工会', from: at, to: null }],
  honours: [{ code: 'other', title: '杭州工匠', level: 'city', year: 2024, trade: null }],
  modelWorker: { honours: [{ code: 'other', title: '杭州工匠', level: 'city', year: 2024, trade: null }] },
  staffAt: [org],
  expertFor: ['c1'],
};

const profile = { realName: '王小强', trade: 'cnc_lathe_operator', skillLevel: 'technician' } as const;
const problem = (value: unknown) => profileInputSchema.safeParse(value).error?.issues[0];

describe('the account contract', () => {
  const { actions } = accountContract;

  it('is the `account` function', () => {
    expect(accountContract.name).toBe('account');
  });

  it('answers with the caller: profile (masked), membership, history, honours and grants', () => {
    expect(meSchema.parse(me)).toEqual(me);
    expect(actions.me.output.parse(me)).toEqual(me);
    expect(actions.me.input.safeParse({ openid: 'forged' }).success).toBe(false);
  });

  it.each(['none', 'pending', 'member'])('knows a membership that is %s', (status) => {
    const value = { ...me, membership: { ...me.membership, status } };
    expect(meSchema.parse(value)).toEqual(value);
  });

  describe('a profile as saved', () => {
    it('trims what was typed and stores the ID number with an upper-case X', () => {
      expect(
        profileInputSchema.parse({
          realName: ' 王小强 ',
          trade: 'cnc_lathe_operator',
          skillLevel: 'technician',
          phone: ' 13812345678 ',
          idNumber: ' 11010519491231002x ',
          photoFileId: 'cloud://env/photo.jpg',
        }),
      ).toEqual({
        realName: '王小强',
        trade: 'cnc_lathe_operator',
        skillLevel: 'technician',
        phone: '13812345678',
        idNumber: '11010519491231002X',
        photoFileId: 'cloud://env/photo.jpg',
      });
    });

    it('keeps the stored phone and ID number when they are left out, and removes them when null', () => {
      expect(profileInputSchema.parse(profile)).toEqual(profile);
      const cleared = { ...profile, phone: null, idNumber: null, photoFileId: null };
      expect(profileInputSchema.parse(cleared)).toEqual(cleared);
    });

    it('needs a trade picked from the shared list; 其他 may carry the worker’s words of 2 to 20 characters', () => {
      expect(problem({ ...profile, trade: '数控车工' })).toMatchObject({ path: ['trade'], message: '请选择工种' });
      const other = { ...profile, trade: 'other', tradeNote: ' 无损检测员 ' };
      expect(profileInputSchema.parse(other)).toEqual({ ...other, tradeNote: '无损检测员' });
      expect(problem({ ...other, tradeNote: '工'.repeat(21) })).toMatchObject({
        path: ['tradeNote'],
        message: '请填写工种名称（2到20个字）',
      });
    });

    it('takes 一线职工 as a yes or no the worker states, or leaves it out', () => {
      expect(profileInputSchema.parse({ ...profile, frontline: true })).toEqual({ ...profile, frontline: true });
      expect(problem({ ...profile, frontline: 'yes' })).toMatchObject({ path: ['frontline'] });
    });

    it('refuses a phone that is not a mobile number, saying so', () => {
      expect(problem({ ...profile, phone: '12812345678' })).toMatchObject({
        path: ['phone'],
        message: '请输入11位手机号码',
      });
    });

    it('refuses an ID number that is not valid, saying so', () => {
      expect(problem({ ...profile, idNumber: '110105194912310021' })).toMatchObject({
        path: ['idNumber'],
        message: '请输入有效的18位身份证号码，或留空',
      });
    });

    it('takes a photo only from cloud storage, and no longer than 300 characters', () => {
      expect(profileInputSchema.safeParse({ ...profile, photoFileId: 'https://example.com/a.jpg' }).success).toBe(
        false,
      );
      const long = `cloud://${'a'.repeat(293)}`;
      expect(profileInputSchema.safeParse({ ...profile, photoFileId: long }).success).toBe(false);
    });

    it('refuses a field it does not know', () => {
      expect(profileInputSchema.safeParse({ ...profile, openid: 'forged' }).success).toBe(false);
      expect(actions.saveProfile.input).toBe(profileInputSchema);
    });
  });

  it('records consent to a terms version of 1 to 20 characters', () => {
    expect(actions.consent.input.parse({ version: '2026-11' })).toEqual({ version: '2026-11' });
    expect(actions.consent.input.safeParse({ version: '' }).success).toBe(false);
    expect(actions.consent.input.safeParse({ version: 'v'.repeat(21) }).success).toBe(false);
  });

  it('gives the owner their own unmasked phone and ID number', () => {
    const mine = { phone: '13812345678', idNumber: '11010519491231002X' };
    expect(actions.myPersonal.output.parse(mine)).toEqual(mine);
    expect(actions.myPersonal.input.safeParse({ userId: 'someone-else' }).success).toBe(false);
  });

  it('searches the directory of enterprises by a keyword of up to 20 characters, trimmed', () => {
    expect(actions.directory.input.parse({ keyword: ' 杭州 ' })).toEqual({ keyword: '杭州' });
    expect(actions.directory.input.safeParse({ keyword: '杭'.repeat(21) }).success).toBe(false);
    expect(actions.directory.output.parse({ enterprises: [org] })).toEqual({ enterprises: [org] });
  });

  it('asks to join with a note of up to 100 characters, trimmed, and cancels with nothing', () => {
    expect(actions.requestJoin.input.parse({ orgId: ' acme ', note: ' 我是车间职工 ' })).toEqual({
      orgId: 'acme',
      note: '我是车间职工',
    });
    expect(actions.requestJoin.input.safeParse({ orgId: 'acme', note: '我'.repeat(101) }).success).toBe(false);
    expect(actions.requestJoin.output.parse(me)).toEqual(me);
    expect(actions.cancelJoin.input.safeParse({ orgId: 'acme' }).success).toBe(false);
    expect(actions.cancelJoin.output.parse(me)).toEqual(me);
  });

  describe('an invite code', () => {
    it.each(['abcd1234', 'A'.repeat(24)])('takes %s (8–24 letters and digits)', (token) => {
      expect(actions.inviteInfo.input.parse({ token })).toEqual({ token });
      expect(actions.acceptInvite.input.parse({ token })).toEqual({ token });
    });

    it.each(['abc1234', 'A'.repeat(25), 'abcd-1234', '#abcd1234', 'abcd1234#'])('refuses %s', (token) => {
      expect(actions.inviteInfo.input.safeParse({ token }).success).toBe(false);
      expect(actions.acceptInvite.input.safeParse({ token }).success).toBe(false);
    });

    it('says which enterprise it is for and until when, and accepting it answers with the caller', () => {
      const info = { org, expiresAt: at };
      expect(actions.inviteInfo.output.parse(info)).toEqual(info);
      expect(actions.acceptInvite.output.parse(me)).toEqual(me);
    });
  });
});

describe('messages and subscribe acceptances', () => {
  const { acceptSubscriptions, myMessages, readMessage } = accountContract.actions;

  it('takes one to three accepted template ids, and says so when there is none', () => {
    expect(acceptSubscriptions.input.safeParse({ templateIds: ['t1'] }).success).toBe(true);
    expect(acceptSubscriptions.input.safeParse({ templateIds: ['t1', 't2', 't3', 't4'] }).success).toBe(false);
    const none = acceptSubscriptions.input.safeParse({ templateIds: [] });
    expect(none.success ? null : none.error.issues[0]?.message).toBe('没有选择要订阅的消息');
  });

  it('lists messages with their page and whether they are read, and reads one by id', () => {
    const page = {
      messages: [
        {
          id: 'm1',
          kind: 'joinDecided',
          title: '入会申请已通过：某某企业工会',
          body: '你已加入某某企业工会。',
          page: '/account/pages/join/index',
          read: false,
          createdAt: at,
        },
      ],
      nextCursor: null,
    };
    expect(myMessages.output.parse(page)).toEqual(page);
    expect(myMessages.output.safeParse({ ...page, messages: [{ ...page.messages[0], kind: 'other' }] }).success).toBe(
      false,
    );
    expect(readMessage.input.safeParse({ messageId: '' }).success).toBe(false);
  });
});
