export default definePageConfig({ navigationBarTitleText: '公示日历' });
