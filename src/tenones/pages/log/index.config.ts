export default definePageConfig({ navigationBarTitleText: '记录十个一' });
