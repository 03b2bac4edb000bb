export default definePageConfig({ navigationBarTitleText: '劳模档案' });
