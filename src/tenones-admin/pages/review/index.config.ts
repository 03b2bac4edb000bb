export default definePageConfig({ navigationBarTitleText: '十个一审核' });
