export default definePageConfig({ navigationBarTitleText: '师带徒内容审核' });
