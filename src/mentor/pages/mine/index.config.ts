export default definePageConfig({ navigationBarTitleText: '我的师带徒' });
