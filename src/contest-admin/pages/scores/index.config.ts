export default definePageConfig({ navigationBarTitleText: '成绩录入' });
