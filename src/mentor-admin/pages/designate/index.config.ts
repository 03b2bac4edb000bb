export default definePageConfig({ navigationBarTitleText: '设为师傅' });
