export default definePageConfig({ navigationBarTitleText: '十个一记录' });
