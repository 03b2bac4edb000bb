// The 发布活动 form checks with the contract's own schema: the fields a kind does not use are sent as null (so a
// switch leaves no hidden error), picked times are Beijing wall-clock times, and each problem is named by its field.
import { defaultSessionDraft, draftOfSession, sessionErrors, sessionOf, type SessionDraft } from './session-form';

const NOW = new Date('2026-12-02T04:00:00.000Z');

const valid = (change: Partial<SessionDraft> = {}): SessionDraft => ({
  ...defaultSessionDraft(NOW),
  kind: 'lecture',
  lectureKind: 'workshop',
  title: '劳模进车间',
  place: '二号车间',
  audience: 'everyone',
  ...change,
});

describe('session form', () => {
  it('starts tomorrow 14:00–16:00 Beijing and sends the picked times as Beijing instants', () => {
    const fields = sessionOf(valid());
    expect(fields.startsAt).toBe('2026-12-03T14:00:00+08:00');
    expect(fields.endsAt).toBe('2026-12-03T16:00:00+08:00');
    expect(sessionErrors(valid())).toEqual({});
  });

  it('names what is missing in the schema’s words', () => {
    const errors = sessionErrors(defaultSessionDraft(NOW));
    expect(errors.kind).toBe('请选择活动类型');
    expect(errors.title).toBe('活动主题2到40个字');
    expect(errors['audience.kind']).toBe('请选择参加对象');
  });

  it('names an end before the start under the end', () => {
    const draft = valid({ endsAt: { day: '2026-12-03', time: '13:00' } });
    expect(sessionErrors(draft)).toEqual({ endsAt: '结束时间须晚于开始时间' });
  });

  it('sends a link and no place for 进网络, and drops a 六进 kind for a mentoring session', () => {
    const online = sessionOf(valid({ lectureKind: 'online', link: 'https://live.example.cn/a' }));
    expect(online).toMatchObject({ place: null, link: 'https://live.example.cn/a' });
    expect(sessionErrors(valid({ lectureKind: 'online', link: '' }))).toEqual({
      link: '请填写以https://开头的直播链接',
    });
    const mentoring = sessionOf(valid({ kind: 'mentoring', audience: 'apprentices' }));
    expect(mentoring).toMatchObject({ lectureKind: null, link: null, place: '二号车间' });
  });

  it('asks for the organisation only for 本单位职工', () => {
    expect(sessionErrors(valid({ audience: 'org', orgId: null }))).toEqual({ 'audience.orgId': '请选择单位' });
    expect(sessionOf(valid({ audience: 'everyone', orgId: 'org-1' })).audience).toEqual({
      kind: 'everyone',
      orgId: null,
    });
  });

  it('reads a posted session back in Beijing time', () => {
    const draft = draftOfSession({
      sessionId: 's1',
      masterId: 'm1',
      masterName: '李卫国',
      kind: 'lecture',
      lectureKind: 'online',
      title: '进网络',
      startsAt: '2026-12-03T06:00:00.000Z',
      endsAt: '2026-12-03T08:00:00.000Z',
      place: null,
      link: 'https://live.example.cn/a',
      capacity: 200,
      taken: 0,
      waiting: 0,
      audience: { kind: 'everyone', org: null },
      state: 'open',
      cancelReason: null,
      checkedIn: 0,
      heldTexts: [],
    });
    expect(draft).toMatchObject({ startsAt: { day: '2026-12-03', time: '14:00' }, capacity: '200', place: '' });
  });
});
