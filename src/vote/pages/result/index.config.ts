export default definePageConfig({ navigationBarTitleText: '评选结果', enableShareAppMessage: true });
