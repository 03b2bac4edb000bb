// Every page of the mini-program, once: the app navigates by these, app.config.ts builds its page lists from them,
// and the functions put them in mini-program codes. Roots and paths never change once released: codes printed on
// posters and cards shared in chats point at them.

/** The three tabs, in the main package. */
export const TAB_PAGES = {
  home: 'pages/home/index',
  activities: 'pages/activities/index',
  me: 'pages/me/index',
} as const;

/** Pages of the main package besides the tabs: only what must open even when no subpackage can load. */
export const MAIN_PAGES = {
  /** Where a link to a page that does not exist lands (the app's own 404, in its frame, with the way home). */
  notFound: 'pages/not-found/index',
} as const;

/**
 * Each subpackage: its root and its pages (paths inside the root). A feature gets a worker subpackage and, where
 * staff need pages, a staff subpackage of its own; `admin` holds the 工作台 shell and the union's and selection's
 * staff pages, which predate that rule.
 */
export const SUBPACKAGES = {
  account: {
    profile: 'pages/profile/index',
    join: 'pages/join/index',
    invite: 'pages/invite/index',
    /** 消息: the person's in-app messages. */
    messages: 'pages/messages/index',
  },
  admin: {
    home: 'pages/index/index',
    joinRequests: 'pages/join-requests/index',
    members: 'pages/members/index',
    roles: 'pages/roles/index',
    modelWorkers: 'pages/model-workers/index',
    orgs: 'pages/orgs/index',
    invites: 'pages/invites/index',
    audit: 'pages/audit/index',
    campaigns: 'pages/campaigns/index',
    campaignNew: 'pages/campaign-new/index',
    campaign: 'pages/campaign/index',
    nominate: 'pages/nominate/index',
    calendar: 'pages/calendar/index',
    integrity: 'pages/integrity/index',
    campaignEdit: 'pages/campaign-edit/index',
  },
  vote: {
    campaign: 'pages/campaign/index',
    candidate: 'pages/candidate/index',
    result: 'pages/result/index',
    publicity: 'pages/publicity/index',
  },
  expert: { tasks: 'pages/index/index', sheet: 'pages/sheet/index' },
  /** 我的十个一: the worker's year, logging an item, one entry, the diary and the plan. */
  tenones: {
    year: 'pages/year/index',
    log: 'pages/log/index',
    entry: 'pages/entry/index',
    diary: 'pages/diary/index',
    plan: 'pages/plan/index',
  },
  /** 十个一's staff pages: completion of the caller's subtree drilled down to an enterprise's workers, and review. */
  'tenones-admin': { progress: 'pages/progress/index', review: 'pages/review/index' },
  /** 技能竞赛: browsing contests, one contest with its verdict and registration, and 我的比赛. */
  contest: {
    list: 'pages/list/index',
    detail: 'pages/detail/index',
    mine: 'pages/mine/index',
    /** A team with its invitation (the share card opens it with the team's id). */
    team: 'pages/team/index',
  },
  /**
   * Contests' staff pages: the table of contests, create and edit, one contest's entries and their review, and the
   * full-screen check-in code of the contest day, and the score sheet from that day on.
   */
  'contest-admin': {
    list: 'pages/list/index',
    edit: 'pages/edit/index',
    entries: 'pages/entries/index',
    checkIn: 'pages/check-in/index',
    scores: 'pages/scores/index',
  },
  /** 师带徒: finding a master, one master with 申请拜师, 我的师带徒, a 创新工作室 and its editing by its master. */
  mentor: {
    masters: 'pages/masters/index',
    master: 'pages/master/index',
    mine: 'pages/mine/index',
    studio: 'pages/studio/index',
    studioEdit: 'pages/studio-edit/index',
    /** 讲座与带徒: open sessions, one session (sign-up, check-in; its master's roster), posting, and the code screen. */
    sessions: 'pages/sessions/index',
    session: 'pages/session/index',
    sessionEdit: 'pages/session-edit/index',
    sessionCode: 'pages/session-code/index',
    posted: 'pages/posted/index',
    /** One pair: its agreement, checks and 出师考核 (`?id=` the apprenticeship). */
    pair: 'pages/pair/index',
    /** The apprentice's 十个一 and 岗位提升计划 as their master reads and comments on it (`?id=` the apprenticeship). */
    apprenticePlan: 'pages/apprentice-plan/index',
  },
  /** 师带徒's staff pages: the masters of the caller's part of the tree (limits, pairs, stars), and 设为师傅. */
  'mentor-admin': {
    masters: 'pages/masters/index',
    designate: 'pages/designate/index',
    /** 带徒督导 (the cadence table), 宣讲团, a master's record (劳模档案) and the held texts to decide. */
    cadence: 'pages/cadence/index',
    lectureTeam: 'pages/lecture-team/index',
    record: 'pages/record/index',
    held: 'pages/held/index',
  },
} as const;

type Subpackages = typeof SUBPACKAGES;
type Urls<T> = { readonly [K in keyof T]: string };

function urlsOf<R extends keyof Subpackages>(root: R): Urls<Subpackages[R]> {
  const pages = SUBPACKAGES[root] as Record<string, string>;
  return Object.fromEntries(Object.entries(pages).map(([key, page]) => [key, `/${root}/${page}`])) as Urls<
    Subpackages[R]
  >;
}

/** Absolute page URLs, as navigateTo takes them. */
export const PAGES = {
  tabs: { home: `/${TAB_PAGES.home}`, activities: `/${TAB_PAGES.activities}`, me: `/${TAB_PAGES.me}` },
  main: { notFound: `/${MAIN_PAGES.notFound}` },
  account: urlsOf('account'),
  admin: urlsOf('admin'),
  vote: urlsOf('vote'),
  expert: urlsOf('expert'),
  tenones: urlsOf('tenones'),
  'tenones-admin': urlsOf('tenones-admin'),
  contest: urlsOf('contest'),
  'contest-admin': urlsOf('contest-admin'),
  mentor: urlsOf('mentor'),
  'mentor-admin': urlsOf('mentor-admin'),
} as const;

/** A page path as a mini-program code's `page` takes it: no leading slash, no query. */
export function codePage(url: string): string {
  return url.replace(/^\//, '');
}

/** A page URL with its query, each value encoded. */
export function withQuery(url: string, query: Record<string, string>): string {
  const pairs = Object.entries(query).map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `${url}?${pairs.join('&')}` : url;
}
