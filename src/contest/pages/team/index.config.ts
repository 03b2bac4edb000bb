export default definePageConfig({ navigationBarTitleText: '队伍', enableShareAppMessage: true });
