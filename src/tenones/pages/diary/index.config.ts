export default definePageConfig({ navigationBarTitleText: '生产日记' });
