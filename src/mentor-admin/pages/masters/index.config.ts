export default definePageConfig({ navigationBarTitleText: '师傅管理' });
