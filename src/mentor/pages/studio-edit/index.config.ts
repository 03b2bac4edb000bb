export default definePageConfig({ navigationBarTitleText: '编辑工作室' });
