// The words of 师带徒 (masters and apprentices) the product stores as codes and shows in Chinese.

/**
 * A master's skill level as staff record it when designating them: 技师 and 高级技师 qualify on their own; 其他 only
 * for a model worker or a contest winner (staff take the level from the certificate they hold).
 */
export const masterLevels = ['technician', 'senior_technician', 'other'] as const;
export type MasterLevel = (typeof masterLevels)[number];
export const masterLevelLabels: Record<MasterLevel, string> = {
  technician: '技师',
  senior_technician: '高级技师',
  other: '其他',
};

/** Why a person may be a master: a designated model worker, a 技师 and above, or a contest winner. */
export const masterBases = ['model_worker', 'skilled', 'contest_winner'] as const;
export type MasterBasis = (typeof masterBases)[number];
export const masterBasisLabels: Record<MasterBasis, string> = {
  model_worker: '劳动模范',
  skilled: '技师及以上',
  contest_winner: '技能竞赛获奖者',
};

/** 创新工作室 categories. */
export const studioCategories = ['technical', 'management', 'ideological', 'service'] as const;
export type StudioCategory = (typeof studioCategories)[number];
export const studioCategoryLabels: Record<StudioCategory, string> = {
  technical: '技术',
  management: '管理',
  ideological: '思政',
  service: '服务',
};

/** Apprentices a master takes unless staff set another limit. */
export const DEFAULT_APPRENTICE_LIMIT = 5;
/** The most staff may allow one master (a studio leader with a large workshop). */
export const MAX_APPRENTICE_LIMIT = 30;
/** Photos a studio shows. */
export const MAX_STUDIO_PHOTOS = 9;

/** An application's life: waiting for the master, then accepted or declined (a new one may follow a decline). */
export const applicationStates = ['pending', 'accepted', 'declined'] as const;
export type ApplicationState = (typeof applicationStates)[number];
export const applicationStateLabels: Record<ApplicationState, string> = {
  pending: '待师傅回复',
  accepted: '已结为师徒',
  declined: '未接受',
};

/** A pair's life; agreements and 出师考核 (a later slice) add the ended states. */
export const apprenticeshipStates = ['active', 'ended'] as const;
export type ApprenticeshipState = (typeof apprenticeshipStates)[number];

/** 出师考核 grades. 不合格 ends the pair too; the worker may start a new term or take another master. */
export const graduationGrades = ['excellent', 'pass', 'fail'] as const;
export type GraduationGrade = (typeof graduationGrades)[number];
export const graduationGradeLabels: Record<GraduationGrade, string> = {
  excellent: '优秀',
  pass: '合格',
  fail: '不合格',
};

/** How an ended pair ended: 出师考核 (graduated, with a grade) or dissolved by staff (with a reason). */
export const pairEndings = ['graduated', 'dissolved'] as const;
export type PairEnding = (typeof pairEndings)[number];
/** What a master posts: a mentoring session for their apprentices, or a public lecture (宣讲). */
export const sessionKinds = ['mentoring', 'lecture'] as const;
export type SessionKind = (typeof sessionKinds)[number];
export const sessionKindLabels: Record<SessionKind, string> = {
  mentoring: '带徒活动',
  lecture: '劳模宣讲',
};

/**
 * A session's texts others read, under WeChat's content check: while one is held for staff review (or refused) the
 * public reads a neutral stand-in (SESSION_TEXT_STAND_INS); the master and staff read it, marked.
 */
export const sessionTextFields = ['title', 'place'] as const;
export type SessionTextField = (typeof sessionTextFields)[number];
export const sessionTextLabels: Record<SessionTextField, string> = { title: '活动主题', place: '活动地点' };

/** The 六进 a lecture goes to; 进网络 is the online one (a link, no place, checked in by a short code). */
export const lectureKinds = ['enterprise', 'workshop', 'team', 'site', 'village', 'online'] as const;
export type LectureKind = (typeof lectureKinds)[number];
export const lectureKindLabels: Record<LectureKind, string> = {
  enterprise: '进企业',
  workshop: '进车间',
  team: '进班组',
  site: '进工地',
  village: '进乡村',
  online: '进网络',
};

/** Who may sign up: the master's apprentices, the members of one organisation's subtree, or everyone. */
export const audienceKinds = ['apprentices', 'org', 'everyone'] as const;
export type AudienceKind = (typeof audienceKinds)[number];
export const audienceKindLabels: Record<AudienceKind, string> = {
  apprentices: '仅限徒弟',
  org: '本单位职工',
  everyone: '所有职工',
};

/** A sign-up's life: a place, the waitlist, or out (the worker withdrew, or the master cancelled the session). */
export const signupStates = ['confirmed', 'waitlisted', 'withdrawn', 'dropped'] as const;
export type SignupState = (typeof signupStates)[number];
export const signupStateLabels: Record<SignupState, string> = {
  confirmed: '已报名',
  waitlisted: '候补',
  withdrawn: '已取消',
  dropped: '活动已取消',
};

/** How someone was checked in: the venue's rotating QR code, the stream's short code, or the master by hand. */
export const checkInWays = ['scan', 'code', 'manual'] as const;
export type CheckInWay = (typeof checkInWays)[number];

/** Lectures a member of the 宣讲团 is asked to hold each month. */
export const LECTURE_TARGET_PER_MONTH = 2;
/** The most places one session may offer. */
export const MAX_SESSION_CAPACITY = 2000;
/** Short-code tries one person has for one online lecture (six digits are guessed one in a million per try). */
export const SHORT_CODE_TRIES = 10;
