// How a session and the caller's sign-up are worded: Beijing times whatever the zone the tests run in, the kind with
// a lecture's 六进, places with the waitlist, and the caller's state including the waitlist position.
import type { MySignup } from '@/shared/contracts/mentoring/sessions';
import { checkedInText, kindText, liveSignup, mineText, placesText, placeText, timeText } from './texts';

const signup = (change: Partial<MySignup> = {}): MySignup => ({
  state: 'confirmed',
  position: 0,
  checkedIn: null,
  ...change,
});

describe('session texts', () => {
  it('names a lecture by its 六进 and a mentoring session plainly', () => {
    expect(kindText({ kind: 'lecture', lectureKind: 'online' })).toBe('宣讲 · 进网络');
    expect(kindText({ kind: 'mentoring', lectureKind: null })).toBe('带徒活动');
  });

  it('shows the time in Beijing, with the end day only when it is another day', () => {
    // 06:00Z is 14:00 in Beijing, whatever zone the machine is in.
    expect(timeText({ startsAt: '2026-12-02T06:00:00.000Z', endsAt: '2026-12-02T08:30:00.000Z' })).toBe(
      '12月2日 周三 14:00–16:30',
    );
    expect(timeText({ startsAt: '2026-12-02T14:00:00.000Z', endsAt: '2026-12-02T17:00:00.000Z' })).toBe(
      '12月2日 周三 22:00–12月3日 周四 01:00',
    );
  });

  it('says 线上 for an online lecture and counts the waitlist only when someone waits', () => {
    expect(placeText({ place: null, link: 'https://live.example.cn/x' })).toBe('线上（网络直播）');
    expect(placeText({ place: '二号车间', link: null })).toBe('二号车间');
    expect(placesText({ taken: 3, capacity: 40, waiting: 0 })).toBe('已报 3/40');
    expect(placesText({ taken: 40, capacity: 40, waiting: 2 })).toBe('已报 40/40 · 候补 2');
  });

  it("words the caller's state, with the waitlist position and the check-in's time and way", () => {
    expect(mineText(null)).toBeNull();
    expect(mineText(signup())).toBe('已报名');
    expect(mineText(signup({ state: 'waitlisted', position: 2 }))).toBe('候补第2位');
    expect(mineText(signup({ state: 'withdrawn' }))).toBe('已取消报名');
    expect(mineText(signup({ state: 'dropped' }))).toBe('活动已取消');
    const checkedIn = { at: '2026-12-02T06:05:00.000Z', how: 'code' as const };
    expect(mineText(signup({ checkedIn }))).toBe('已签到');
    expect(checkedInText(checkedIn)).toBe('已签到 12月2日 周三 14:05（签到码签到）');
    expect(liveSignup(signup({ state: 'waitlisted' }))).toBe(true);
    expect(liveSignup(signup({ state: 'withdrawn' }))).toBe(false);
    expect(liveSignup(null)).toBe(false);
  });
});
