export default definePageConfig({ navigationBarTitleText: '带徒督导' });
