export default definePageConfig({ navigationBarTitleText: '宣讲团' });
