// What each logged item asks for (issue 13: "for each item a form that fits it"). Items 1–8 share one record —
// a date, what, where, with whom or which organisation, notes and up to 9 photos — but each names its fields in its
// own words, with an example a worker recognises. Item 9 is the diary and item 10 the plan: forms of their own.

export interface EntryForm {
  title: { label: string; example: string };
  place: { label: string; example: string };
  partner: { label: string; example: string };
}

export const LOGGED_ITEMS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type LoggedItem = (typeof LOGGED_ITEMS)[number];

export const isLoggedItem = (item: number): item is LoggedItem => (LOGGED_ITEMS as readonly number[]).includes(item);

export const ENTRY_FORMS: Record<LoggedItem, EntryForm> = {
  1: {
    title: { label: '学习内容', example: '机电一体化技术（大专，函授）' },
    place: { label: '学校或机构', example: '示范市职业技术学院' },
    partner: { label: '组织单位', example: '企业工会“求学圆梦”行动' },
  },
  2: {
    title: { label: '竞赛名称', example: '全市数控车工职业技能竞赛' },
    place: { label: '比赛地点', example: '市职业技能实训基地' },
    partner: { label: '主办单位', example: '市总工会、市人社局' },
  },
  3: {
    title: { label: '培训名称', example: '五轴加工中心编程培训' },
    place: { label: '培训地点', example: '公司培训中心' },
    partner: { label: '培训机构或老师', example: '市技师学院' },
  },
  4: {
    title: { label: '成果名称（小发明、小创造、小革新、小设计、小建议）', example: '刀具快换夹具' },
    place: { label: '车间或班组', example: '二车间数控班' },
    partner: { label: '一起完成的人', example: '王师傅、刘工' },
  },
  5: {
    title: { label: '宣讲主题', example: '劳模精神进车间' },
    place: { label: '宣讲地点', example: '公司报告厅' },
    partner: { label: '宣讲人', example: '李卫国（全国劳动模范）' },
  },
  6: {
    title: { label: '拜师内容', example: '跟师傅学习精密零件加工' },
    place: { label: '师傅所在单位', example: '示范市精工机械有限公司' },
    partner: { label: '师傅姓名', example: '李卫国' },
  },
  7: {
    title: { label: '所学技术', example: '工业机器人离线编程' },
    place: { label: '学习地点', example: '智能制造实训室' },
    partner: { label: '传授人或机构', example: '设备厂家工程师' },
  },
  8: {
    title: { label: '攻关项目', example: '薄壁件加工变形控制' },
    place: { label: '车间或部门', example: '精密加工车间' },
    partner: { label: '攻关团队', example: '张工、赵师傅等5人' },
  },
};
