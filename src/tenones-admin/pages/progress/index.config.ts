export default definePageConfig({ navigationBarTitleText: '十个一完成情况' });
