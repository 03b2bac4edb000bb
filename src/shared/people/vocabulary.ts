// The words of the union world the product stores as codes and shows in Chinese.

/** Kinds of union organisation, top to bottom of the tree. */
export const orgKinds = ['city', 'district', 'industry', 'enterprise'] as const;
export type OrgKind = (typeof orgKinds)[number];
export const orgKindLabels: Record<OrgKind, string> = {
  city: '市总工会',
  district: '区县工会',
  industry: '产业工会',
  enterprise: '企业工会',
};

/** Which kind of organisation may sit under which: city → district or industry → enterprise. */
export const childKinds: Record<OrgKind, readonly OrgKind[]> = {
  city: ['district', 'industry'],
  district: ['enterprise'],
  industry: ['enterprise'],
  enterprise: [],
};

/** National vocational skill levels (国家职业资格等级), lowest first. */
export const skillLevels = ['junior', 'intermediate', 'senior', 'technician', 'senior_technician'] as const;
export type SkillLevel = (typeof skillLevels)[number];
export const skillLevelLabels: Record<SkillLevel, string> = {
  junior: '初级工',
  intermediate: '中级工',
  senior: '高级工',
  technician: '技师',
  senior_technician: '高级技师',
};

export const honourLevels = ['national', 'provincial', 'city', 'district', 'enterprise'] as const;
export type HonourLevel = (typeof honourLevels)[number];
export const honourLevelLabels: Record<HonourLevel, string> = {
  national: '全国',
  provincial: '省级',
  city: '市级',
  district: '区级',
  enterprise: '企业级',
};

/**
 * 一线职工 (front-line worker) as a profile states it: `none` not stated, `pending` stated by the worker and awaiting
 * their enterprise union, `confirmed` by staff (the only state a contest counts), `withdrawn` by staff.
 */
export const frontlineStatuses = ['none', 'pending', 'confirmed', 'withdrawn'] as const;
export type FrontlineStatus = (typeof frontlineStatuses)[number];
export const frontlineStatusLabels: Record<FrontlineStatus, string> = {
  none: '未填写',
  pending: '待确认',
  confirmed: '已确认',
  withdrawn: '未认可',
};

/** Roles a person holds beyond being a worker; the public is anyone with an openid and no profile. */
export const grantRoles = ['staff', 'expert'] as const;
export type GrantRole = (typeof grantRoles)[number];

/** The privacy terms' version; a new version needs consent again before personal fields are saved. */
export const PRIVACY_TERMS_VERSION = '2026-11';
