export default definePageConfig({ navigationBarTitleText: '提名候选人' });
