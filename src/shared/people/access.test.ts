import { accessTable, CAMPAIGN_STAFF_KINDS, decide, type Principal } from './access';

// An organisation tree: 市总 → 西湖区 → 某企业, and 市总 → 滨江区 beside it.
const city = ['city'];
const xihu = ['city', 'xihu'];
const enterprise = ['city', 'xihu', 'acme'];
const binjiang = ['city', 'binjiang'];

const publicUser: Principal = { profiled: false, staffAt: [] };
const worker: Principal = { profiled: true, staffAt: [] };
const cityStaff: Principal = { profiled: true, staffAt: [{ path: city, kind: 'city' }] };
const xihuStaff: Principal = { profiled: true, staffAt: [{ path: xihu, kind: 'district' }] };
const enterpriseStaff: Principal = { profiled: true, staffAt: [{ path: enterprise, kind: 'enterprise' }] };
const expert: Principal = { profiled: true, staffAt: [], expertFor: ['campaign-1'] };

describe('deciding who may call what', () => {
  describe('anyone', () => {
    it('lets in a member of the public with no profile and no grant', () => {
      expect(decide({ who: 'anyone' }, publicUser)).toBe('allow');
    });
  });

  describe('profiled', () => {
    it('lets in someone who has saved a profile', () => {
      expect(decide({ who: 'profiled' }, worker)).toBe('allow');
    });

    it('asks someone without a profile to save one first, rather than forbidding them', () => {
      expect(decide({ who: 'profiled' }, publicUser)).toBe('needs-profile');
    });
  });

  describe('staff', () => {
    it('lets in anyone holding a staff grant, wherever it is', () => {
      expect(decide({ who: 'staff' }, enterpriseStaff)).toBe('allow');
    });

    it('forbids someone with a profile but no staff grant', () => {
      expect(decide({ who: 'staff' }, worker)).toBe('forbidden');
      expect(decide({ who: 'staff' }, expert)).toBe('forbidden');
    });

    it('with kinds, lets in only staff whose node is of one of those kinds', () => {
      const rule = { who: 'staff', kinds: ['city'] } as const;
      expect(decide(rule, cityStaff)).toBe('allow');
      expect(decide(rule, xihuStaff)).toBe('forbidden');
    });

    it('with kinds, lets in someone any one of whose grants is of such a kind', () => {
      const both: Principal = { profiled: true, staffAt: [...enterpriseStaff.staffAt, ...cityStaff.staffAt] };
      expect(decide({ who: 'staff', kinds: ['city'] }, both)).toBe('allow');
    });
  });

  describe('staffOver', () => {
    const rule = { who: 'staffOver' } as const;

    it('lets in staff at the target organisation itself', () => {
      expect(decide(rule, xihuStaff, xihu)).toBe('allow');
    });

    it('lets in staff at any ancestor of the target', () => {
      expect(decide(rule, cityStaff, enterprise)).toBe('allow');
      expect(decide(rule, xihuStaff, enterprise)).toBe('allow');
    });

    it('forbids staff below the target, and staff of a sibling branch', () => {
      expect(decide(rule, enterpriseStaff, xihu)).toBe('forbidden');
      expect(decide(rule, xihuStaff, binjiang)).toBe('forbidden');
    });

    it('forbids everyone when there is no target organisation, even the root’s staff', () => {
      expect(decide(rule, cityStaff)).toBe('forbidden');
      expect(decide(rule, cityStaff, 'city')).toBe('forbidden');
    });

    it('forbids someone with no staff grant, and a grant with an empty path', () => {
      expect(decide(rule, worker, xihu)).toBe('forbidden');
      expect(decide(rule, { profiled: true, staffAt: [{ path: [], kind: 'city' }] }, xihu)).toBe('forbidden');
    });

    it('when strict, lets in only staff of an ancestor: a union cannot act on itself', () => {
      const strict = { who: 'staffOver', strict: true } as const;
      expect(decide(strict, xihuStaff, xihu)).toBe('forbidden');
      expect(decide(strict, cityStaff, xihu)).toBe('allow');
      expect(decide(strict, xihuStaff, enterprise)).toBe('allow');
    });

    it('with kinds, lets in only staff of those kinds over the target', () => {
      const districtOnly = { who: 'staffOver', kinds: ['district'] } as const;
      expect(decide(districtOnly, xihuStaff, enterprise)).toBe('allow');
      expect(decide(districtOnly, cityStaff, enterprise)).toBe('forbidden');
      expect(decide(districtOnly, enterpriseStaff, enterprise)).toBe('forbidden');
    });

    it('counts the grant that is over the target when a person holds several', () => {
      const both: Principal = { profiled: true, staffAt: [...enterpriseStaff.staffAt, ...xihuStaff.staffAt] };
      expect(decide(rule, both, binjiang)).toBe('forbidden');
      expect(decide(rule, both, xihu)).toBe('allow');
    });
  });

  describe('expert', () => {
    const rule = { who: 'expert' } as const;

    it('lets in an expert for the target campaign, and nobody else', () => {
      expect(decide(rule, expert, 'campaign-1')).toBe('allow');
      expect(decide(rule, expert, 'campaign-2')).toBe('forbidden');
      expect(decide(rule, cityStaff, 'campaign-1')).toBe('forbidden');
    });

    it('takes the target as a campaign id, never as an organisation path', () => {
      expect(decide(rule, expert, ['campaign-1'])).toBe('forbidden');
    });

    it('without a target, lets in anyone who is an expert for some campaign', () => {
      expect(decide(rule, expert)).toBe('allow');
      expect(decide(rule, { ...expert, expertFor: [] })).toBe('forbidden');
      expect(decide(rule, worker)).toBe('forbidden');
    });
  });
});

describe('the access table', () => {
  it('lets the public vote and read campaigns without signing up', () => {
    for (const action of [
      'vote.cast',
      'vote.today',
      'selection.campaigns',
      'selection.candidate',
      'account.me',
    ] as const) {
      expect([action, decide(accessTable[action], publicUser)]).toEqual([action, 'allow']);
    }
  });

  it('asks for a profile before a worker reads their personal data or asks to join a union', () => {
    for (const action of ['account.myPersonal', 'account.requestJoin', 'account.acceptInvite'] as const) {
      expect([action, decide(accessTable[action], publicUser)]).toEqual([action, 'needs-profile']);
      expect([action, decide(accessTable[action], worker)]).toEqual([action, 'allow']);
    }
  });

  it('keeps union work to staff, and acts on an organisation only for staff at or above it', () => {
    expect(decide(accessTable['union.workbench'], worker)).toBe('forbidden');
    expect(decide(accessTable['union.workbench'], enterpriseStaff)).toBe('allow');
    expect(decide(accessTable['union.revealPersonal'], enterpriseStaff, xihu)).toBe('forbidden');
    expect(decide(accessTable['union.revealPersonal'], xihuStaff, enterprise)).toBe('allow');
    expect(decide(accessTable['selection.disqualify'], xihuStaff, xihu)).toBe('allow');
  });

  it('lets only those above a union retire it', () => {
    expect(decide(accessTable['union.retireOrg'], xihuStaff, xihu)).toBe('forbidden');
    expect(decide(accessTable['union.retireOrg'], cityStaff, xihu)).toBe('allow');
  });

  it('lets city and district unions create campaigns, and only the city union enter the holiday calendar', () => {
    expect(decide(accessTable['selection.createCampaign'], cityStaff, city)).toBe('allow');
    expect(decide(accessTable['selection.createCampaign'], xihuStaff, xihu)).toBe('allow');
    expect(decide(accessTable['selection.createCampaign'], enterpriseStaff, enterprise)).toBe('forbidden');
    expect(decide(accessTable['selection.setCalendar'], cityStaff)).toBe('allow');
    expect(decide(accessTable['selection.setCalendar'], xihuStaff)).toBe('forbidden');
    expect(decide(accessTable['selection.calendar'], xihuStaff)).toBe('allow');
  });

  it('lets experts score only the campaign they are granted for', () => {
    expect(decide(accessTable['selection.scoringSheet'], expert, 'campaign-1')).toBe('allow');
    expect(decide(accessTable['selection.submitScore'], expert, 'campaign-2')).toBe('forbidden');
    expect(decide(accessTable['selection.submitScore'], cityStaff, 'campaign-1')).toBe('forbidden');
  });

  it('names the city and district unions as those who run campaigns and grant expert roles', () => {
    expect([...CAMPAIGN_STAFF_KINDS].sort()).toEqual(['city', 'district']);
  });
});
