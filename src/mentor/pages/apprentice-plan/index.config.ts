export default definePageConfig({ navigationBarTitleText: '徒弟的十个一' });
