export default definePageConfig({ navigationBarTitleText: '劳模认定' });
