// The invite token arrives as `?token=` in H5 and as the code's URL-encoded `scene` (`i=<token>`) on WeChat.
import { inviteTokenFrom } from './invite-token';

describe('inviteTokenFrom', () => {
  it('reads the token from the query', () => {
    expect(inviteTokenFrom({ token: 'AbCdEf234567' })).toBe('AbCdEf234567');
  });

  it('reads the token from a mini-program code’s scene, encoded or not', () => {
    expect(inviteTokenFrom({ scene: encodeURIComponent('i=AbCdEf234567') })).toBe('AbCdEf234567');
    expect(inviteTokenFrom({ scene: 'i=AbCdEf234567' })).toBe('AbCdEf234567');
    expect(inviteTokenFrom({ scene: encodeURIComponent('x=1&i=AbCdEf234567') })).toBe('AbCdEf234567');
  });

  it('refuses what is not a token', () => {
    expect(inviteTokenFrom({})).toBeNull();
    expect(inviteTokenFrom({ token: 'short' })).toBeNull();
    expect(inviteTokenFrom({ token: 'has space 1234' })).toBeNull();
    expect(inviteTokenFrom({ scene: 'j=AbCdEf234567' })).toBeNull();
    expect(inviteTokenFrom({ scene: '%E0%A4%A' })).toBeNull();
  });
});
