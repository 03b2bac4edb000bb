import { codePage, PAGES, SUBPACKAGES, TAB_PAGES, withQuery } from './routes';

describe('page paths', () => {
  it('keep the released roots and paths that printed codes and shared cards point at', () => {
    expect(PAGES.tabs.me).toBe('/pages/me/index');
    expect(PAGES.account.invite).toBe('/account/pages/invite/index');
    expect(PAGES.vote.candidate).toBe('/vote/pages/candidate/index');
    expect(PAGES.admin.home).toBe('/admin/pages/index/index');
    expect(PAGES.expert.sheet).toBe('/expert/pages/sheet/index');
    // Released roots stay; features add roots of their own after them.
    expect(Object.keys(SUBPACKAGES).slice(0, 4)).toEqual(['account', 'admin', 'vote', 'expert']);
    expect(PAGES.tenones.year).toBe('/tenones/pages/year/index');
    expect(PAGES['tenones-admin'].progress).toBe('/tenones-admin/pages/progress/index');
    expect(Object.values(TAB_PAGES)).toEqual(['pages/home/index', 'pages/activities/index', 'pages/me/index']);
  });

  it('give every subpackage page one URL under its root', () => {
    for (const [root, pages] of Object.entries(SUBPACKAGES)) {
      const urls = PAGES[root as keyof typeof SUBPACKAGES] as Record<string, string>;
      expect(Object.keys(urls)).toEqual(Object.keys(pages));
      for (const [key, page] of Object.entries(pages)) expect(urls[key]).toBe(`/${root}/${page}`);
    }
  });

  it('make a mini-program code’s page without the leading slash, and queries with encoded values', () => {
    expect(codePage(PAGES.vote.candidate)).toBe('vote/pages/candidate/index');
    expect(codePage('pages/me/index')).toBe('pages/me/index');
    expect(withQuery(PAGES.vote.campaign, { id: 'c 1&x' })).toBe('/vote/pages/campaign/index?id=c%201%26x');
    expect(withQuery('/a', { x: '1', y: '2' })).toBe('/a?x=1&y=2');
    expect(withQuery('/a', {})).toBe('/a');
  });
});
