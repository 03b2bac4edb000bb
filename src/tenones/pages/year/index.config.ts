export default definePageConfig({ navigationBarTitleText: '我的十个一' });
