export default definePageConfig({ navigationBarTitleText: '讲座与带徒' });
