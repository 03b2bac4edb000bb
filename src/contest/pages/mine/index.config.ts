export default definePageConfig({ navigationBarTitleText: '我的比赛' });
