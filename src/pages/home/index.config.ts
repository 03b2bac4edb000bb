export default definePageConfig({ navigationBarTitleText: '匠心' });
