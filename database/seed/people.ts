// The demo city (all fictional): a city union, three districts and one industry union, six enterprises, about forty
// workers with varied trades and levels, six model workers with honours, staff at each level and two experts.
// Phone and ID numbers are encrypted with the local key like any others; ID numbers use the region code 990101,
// which no real place has.
import type { Honour } from '../../src/shared/contracts/people-common';
import { maskIdNumber, maskPhone } from '../../src/shared/people/personal-data';
import { tradeOfStored } from '../../src/shared/people/trades';
import {
  PRIVACY_TERMS_VERSION,
  type FrontlineStatus,
  type OrgKind,
  type SkillLevel,
} from '../../src/shared/people/vocabulary';
import { BOOTSTRAP_ORG_ID } from '../../server/people/caller';
import { encryptPersonal } from '../../server/people/personal-crypto';
import { honourOfStored } from '../../server/people/honours';
import type { GrantRecord } from '../../server/people/grants';
import type { JoinRequestRecord } from '../../server/people/join-requests';
import type { OrgRecord } from '../../server/people/orgs';
import type { UserRecord } from '../../server/people/users';
import type { Seed } from './index';

/** The people a developer can act as in the H5 build (the persona switcher lists them). */
export const demoPersonas = [
  { openid: 'persona-worker', name: '陈晓东', description: '职工 · 精工机械 · 数控车工' },
  { openid: 'persona-model-worker', name: '李卫国', description: '劳模 · 精工机械 · 高级技师' },
  { openid: 'persona-enterprise-staff', name: '孙丽华', description: '企业工会干部 · 精工机械' },
  { openid: 'persona-district-staff', name: '赵建平', description: '区总工会干部 · 东城区' },
  { openid: 'persona-city-staff', name: '钱雅琴', description: '市总工会干部' },
  { openid: 'persona-expert', name: '吴振华', description: '评审专家 · 市级和东城区工匠评选' },
  { openid: 'persona-public', name: '路人', description: '公众 · 未填写资料' },
] as const;

/** The selection campaign the demo experts are granted for (the selection feature creates campaigns). */
export const DEMO_CAMPAIGN_ID = 'demo-2026-craftsman';
/** A district campaign in expert scoring; the demo experts are on its panel too. */
export const DISTRICT_CAMPAIGN_ID = 'demo-2026-dongcheng';
/** A district campaign in 公示, its result produced from both demo experts' scores. */
export const PUBLICITY_CAMPAIGN_ID = 'demo-2026-xihu';

type OrgSeed = { id: string; name: string; kind: OrgKind; parent: string | null };

const ORGS: OrgSeed[] = [
  { id: BOOTSTRAP_ORG_ID, name: '示范市总工会', kind: 'city', parent: null },
  { id: 'org-dongcheng', name: '东城区总工会', kind: 'district', parent: BOOTSTRAP_ORG_ID },
  { id: 'org-xihu', name: '西湖区总工会', kind: 'district', parent: BOOTSTRAP_ORG_ID },
  { id: 'org-nangang', name: '南港区总工会', kind: 'district', parent: BOOTSTRAP_ORG_ID },
  { id: 'org-machinery', name: '示范市机械冶金工会', kind: 'industry', parent: BOOTSTRAP_ORG_ID },
  { id: 'org-jinggong', name: '示范市精工机械有限公司工会', kind: 'enterprise', parent: 'org-dongcheng' },
  { id: 'org-power', name: '东城电力检修有限公司工会', kind: 'enterprise', parent: 'org-dongcheng' },
  { id: 'org-textile', name: '西湖纺织集团工会', kind: 'enterprise', parent: 'org-xihu' },
  { id: 'org-build', name: '西湖建设工程有限公司工会', kind: 'enterprise', parent: 'org-xihu' },
  { id: 'org-port', name: '南港港务集团工会', kind: 'enterprise', parent: 'org-nangang' },
  { id: 'org-heavy', name: '示范重型装备制造有限公司工会', kind: 'enterprise', parent: 'org-machinery' },
];

type PersonSeed = {
  openid: string;
  name: string;
  org: string | null;
  trade: string;
  level: SkillLevel;
  honours?: Honour[];
  staffAt?: string;
  expert?: boolean;
  /** Asks to join this enterprise (a pending request) instead of belonging anywhere. */
  asksToJoin?: string;
};

const TRADES: Record<string, string[]> = {
  'org-jinggong': ['数控车工', '钳工', '铣工', '装配钳工'],
  'org-power': ['变电检修工', '维修电工', '继电保护员'],
  'org-textile': ['纺织挡车工', '纺纱工', '机修钳工'],
  'org-build': ['砌筑工', '钢筋工', '混凝土工', '电焊工'],
  'org-port': ['起重装卸机械操作工', '港口电工', '理货员'],
  'org-heavy': ['焊工', '铸造工', '数控铣工', '钳工'],
};

const SURNAMES = '王张刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯';
const GIVEN = [
  '建军',
  '海燕',
  '志强',
  '春梅',
  '国庆',
  '丽娟',
  '文斌',
  '秀英',
  '永刚',
  '红霞',
  '立新',
  '晓燕',
  '伟',
  '敏',
  '磊',
  '静',
  '涛',
  '芳',
];
const LEVELS: SkillLevel[] = [
  'junior',
  'intermediate',
  'intermediate',
  'senior',
  'senior',
  'technician',
  'senior_technician',
];

const PEOPLE: PersonSeed[] = [
  { openid: 'persona-worker', name: '陈晓东', org: 'org-jinggong', trade: '数控车工', level: 'senior' },
  {
    openid: 'persona-model-worker',
    name: '李卫国',
    org: 'org-jinggong',
    trade: '钳工',
    level: 'senior_technician',
    honours: [
      { title: '全国五一劳动奖章', level: 'national', year: 2019 },
      { title: '省劳动模范', level: 'provincial', year: 2016 },
    ],
  },
  {
    openid: 'persona-enterprise-staff',
    name: '孙丽华',
    org: 'org-jinggong',
    trade: '质检员',
    level: 'technician',
    staffAt: 'org-jinggong',
  },
  {
    openid: 'persona-district-staff',
    name: '赵建平',
    org: 'org-power',
    trade: '维修电工',
    level: 'technician',
    staffAt: 'org-dongcheng',
  },
  {
    openid: 'persona-city-staff',
    name: '钱雅琴',
    org: 'org-heavy',
    trade: '焊工',
    level: 'senior',
    staffAt: BOOTSTRAP_ORG_ID,
  },
  {
    openid: 'persona-expert',
    name: '吴振华',
    org: 'org-heavy',
    trade: '焊工',
    level: 'senior_technician',
    expert: true,
  },
  {
    openid: 'demo-expert-2',
    name: '郑美玲',
    org: 'org-textile',
    trade: '纺织挡车工',
    level: 'senior_technician',
    expert: true,
  },
  {
    openid: 'demo-staff-xihu',
    name: '韩志远',
    org: 'org-build',
    trade: '钢筋工',
    level: 'senior',
    staffAt: 'org-xihu',
  },
  {
    openid: 'demo-staff-port',
    name: '冯海生',
    org: 'org-port',
    trade: '理货员',
    level: 'intermediate',
    staffAt: 'org-port',
  },
  { openid: 'demo-zhou', name: '周建国', org: 'org-power', trade: '变电检修工', level: 'technician' },
  {
    openid: 'demo-mw-textile',
    name: '黄秀兰',
    org: 'org-textile',
    trade: '纺织挡车工',
    level: 'senior_technician',
    honours: [{ title: '全国劳动模范', level: 'national', year: 2020 }],
  },
  {
    openid: 'demo-mw-port',
    name: '林海',
    org: 'org-port',
    trade: '起重装卸机械操作工',
    level: 'technician',
    honours: [{ title: '市劳动模范', level: 'city', year: 2022 }],
  },
  {
    openid: 'demo-mw-heavy',
    name: '马振东',
    org: 'org-heavy',
    trade: '焊工',
    level: 'senior_technician',
    honours: [
      { title: '全国技术能手', level: 'national', year: 2018 },
      { title: '示范市工匠', level: 'city', year: 2021 },
    ],
  },
  {
    openid: 'demo-mw-build',
    name: '谢玉梅',
    org: 'org-build',
    trade: '砌筑工',
    level: 'technician',
    honours: [{ title: '区劳动模范', level: 'district', year: 2023 }],
  },
  {
    openid: 'demo-mw-power',
    name: '唐继光',
    org: 'org-power',
    trade: '继电保护员',
    level: 'senior_technician',
    honours: [{ title: '省五一劳动奖章', level: 'provincial', year: 2021 }],
  },
  {
    openid: 'demo-applicant-1',
    name: '罗晓峰',
    org: null,
    trade: '铣工',
    level: 'junior',
    asksToJoin: 'org-jinggong',
  },
  {
    openid: 'demo-applicant-2',
    name: '梁思雨',
    org: null,
    trade: '纺纱工',
    level: 'intermediate',
    asksToJoin: 'org-textile',
  },
];

// Fill up to about forty workers, spread over the six enterprises, with names, trades and levels that vary.
const enterprises = Object.keys(TRADES);
for (let i = 0; PEOPLE.length < 42; i++) {
  const org = enterprises[i % enterprises.length]!;
  const trades = TRADES[org]!;
  PEOPLE.push({
    openid: `demo-worker-${String(i + 1).padStart(2, '0')}`,
    name: `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`,
    org,
    trade: trades[i % trades.length]!,
    level: LEVELS[(i * 3) % LEVELS.length]!,
  });
}

/**
 * Facts contests read, beyond the model workers' honours: a 市技术能手 who is no model worker (陈晓东's colleague in
 * the same trade, whom a same-trade contest keeps out), and 一线职工 as stated and as 精工机械's union decided it.
 */
const FACTS: Record<string, { honours?: Honour[]; frontline?: FrontlineStatus }> = {
  'persona-worker': { frontline: 'confirmed' },
  'demo-worker-01': {
    honours: [
      { code: 'city_skill_expert', title: '市技术能手', level: 'city', year: 2024, trade: 'cnc_lathe_operator' },
    ],
    frontline: 'confirmed',
  },
  'demo-worker-07': { frontline: 'pending' },
  'demo-worker-13': { frontline: 'pending' },
  'demo-worker-19': { frontline: 'confirmed' },
};

function idNumber(i: number): string {
  const body = `990101${1970 + (i % 30)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(100 + i).slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, k) => total + weight * Number(body[k]), 0);
  return body + '10X98765432'[sum % 11]!;
}

const DAY = 86_400_000;

/** The record id the people seed gives a seeded openid (other seeds refer to people by it). */
export function demoUserIdOf(openid: string): string {
  const index = PEOPLE.findIndex((person) => person.openid === openid);
  if (index < 0) throw new Error(`no seeded person ${openid}`);
  return `u-demo-${String(index + 1).padStart(3, '0')}`;
}

/** A seeded person's name, enterprise (without 工会), trade and organisation path. */
export function demoPersonOf(openid: string) {
  const person = PEOPLE.find((candidate) => candidate.openid === openid)!;
  const path: string[] = [];
  for (let id: string | null = person.org; id; id = ORGS.find((org) => org.id === id)!.parent) path.unshift(id);
  const org = ORGS.find((candidate) => candidate.id === person.org);
  return {
    name: person.name,
    trade: person.trade,
    enterprise: org?.name.replace(/工会$/, '') ?? '',
    orgPath: path,
    honours: person.honours ?? [],
  };
}

export const peopleSeed: Seed = {
  name: 'people',
  async run({ app, now }) {
    const db = app.database();
    const paths = new Map<string, string[]>();
    for (const org of ORGS) paths.set(org.id, [...(org.parent ? paths.get(org.parent)! : []), org.id]);
    const orgName = new Map(ORGS.map((org) => [org.id, org.name]));

    for (const org of ORGS) {
      const record: Omit<OrgRecord, '_id'> = {
        name: org.name,
        kind: org.kind,
        parentId: org.parent,
        path: paths.get(org.id)!,
        status: 'active',
        createdAt: new Date(now.getTime() - 400 * DAY),
        createdBy: 'seed',
      };
      await db.collection('orgs').doc(org.id).set(record);
    }

    const users: UserRecord[] = PEOPLE.map((person, i) => {
      const joinedAt = person.org ? new Date(now.getTime() - (30 + i * 11) * DAY) : null;
      const phone = `139${String(10_000_000 + i * 7_919_3).slice(-8)}`;
      const id = i % 3 === 0 ? idNumber(i) : null;
      const trade = tradeOfStored(person.trade);
      const facts = FACTS[person.openid];
      return {
        _id: demoUserIdOf(person.openid),
        openid: person.openid,
        createdAt: new Date(now.getTime() - (60 + i * 11) * DAY),
        consent: { version: PRIVACY_TERMS_VERSION, at: new Date(now.getTime() - (60 + i * 11) * DAY) },
        profile: {
          realName: person.name,
          // Stored as today's app stores it: a code of the trade list, 其他 keeping the words of a trade not on it.
          trade: trade.code,
          tradeNote: trade.note,
          skillLevel: person.level,
          phone: { sealed: encryptPersonal(phone), masked: maskPhone(phone) },
          idNumber: id ? { sealed: encryptPersonal(id), masked: maskIdNumber(id) } : null,
          photoFileId: null,
          updatedAt: new Date(now.getTime() - (50 + i) * DAY),
        },
        orgId: person.org,
        orgPath: person.org ? paths.get(person.org)! : [],
        joinedAt,
        history:
          person.org && joinedAt
            ? [{ orgId: person.org, orgName: orgName.get(person.org)!, from: joinedAt, to: null }]
            : [],
        pending: person.asksToJoin
          ? {
              requestId: `j-demo-${i}`,
              orgId: person.asksToJoin,
              createdAt: new Date(now.getTime() - (i % 3) * DAY - 3_600_000),
            }
          : null,
        lastDecision: null,
        // The person's honours are one list (coded), whether or not they are a designated model worker.
        honours: [...(person.honours ?? []), ...(facts?.honours ?? [])].map((honour) =>
          honourOfStored(honour, trade),
        ),
        modelWorker: person.honours
          ? { designatedBy: 'seed', designatedAt: new Date(now.getTime() - 200 * DAY) }
          : null,
        ...(facts?.frontline
          ? {
              frontline: {
                status: facts.frontline,
                decidedBy: facts.frontline === 'pending' ? null : 'seed',
                decidedAt: facts.frontline === 'pending' ? null : new Date(now.getTime() - 20 * DAY),
              },
            }
          : {}),
      };
    });
    // Batches of ten: one request each, as a real import would send them.
    for (let start = 0; start < users.length; start += 10)
      await db.collection('users').add(users.slice(start, start + 10));

    const grants: GrantRecord[] = [];
    PEOPLE.forEach((person, i) => {
      const user = users[i]!;
      if (person.staffAt) {
        const kind = ORGS.find((org) => org.id === person.staffAt)!.kind;
        grants.push({
          _id: `${user._id}.staff.${person.staffAt}`,
          userId: user._id,
          role: 'staff',
          orgId: person.staffAt,
          orgPath: paths.get(person.staffAt)!,
          orgKind: kind,
          campaignId: null,
          grantedBy: 'seed',
          grantedAt: new Date(now.getTime() - 300 * DAY),
          active: true,
          revokedAt: null,
        });
      }
      if (person.expert) {
        for (const campaignId of [DEMO_CAMPAIGN_ID, DISTRICT_CAMPAIGN_ID, PUBLICITY_CAMPAIGN_ID]) {
          grants.push({
            _id: `${user._id}.expert.${campaignId}`,
            userId: user._id,
            role: 'expert',
            orgId: null,
            orgPath: [],
            orgKind: null,
            campaignId,
            grantedBy: 'seed',
            grantedAt: new Date(now.getTime() - 20 * DAY),
            active: true,
            revokedAt: null,
          });
        }
      }
    });
    await db.collection('grants').add(grants);

    const requests: JoinRequestRecord[] = users
      .filter((user) => user.pending)
      .map((user) => ({
        _id: user.pending!.requestId,
        userId: user._id,
        orgId: user.pending!.orgId,
        orgPath: paths.get(user.pending!.orgId)!,
        note: '新入职，申请加入本企业工会',
        status: 'pending',
        createdAt: user.pending!.createdAt,
        decidedBy: null,
        decidedAt: null,
        reason: null,
      }));
    await db.collection('joinRequests').add(requests);
  },
};
