export default definePageConfig({ navigationBarTitleText: '岗位提升计划' });
