export default definePageConfig({ navigationBarTitleText: '技能竞赛' });
