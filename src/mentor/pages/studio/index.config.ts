export default definePageConfig({ navigationBarTitleText: '创新工作室' });
