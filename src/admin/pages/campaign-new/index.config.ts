export default definePageConfig({ navigationBarTitleText: '新建评选活动' });
