export default definePageConfig({ navigationBarTitleText: '编辑比赛' });
