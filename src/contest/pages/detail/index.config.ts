export default definePageConfig({ navigationBarTitleText: '比赛详情' });
