export default definePageConfig({ navigationBarTitleText: '修改活动' });
