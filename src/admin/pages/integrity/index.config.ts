export default definePageConfig({ navigationBarTitleText: '投票监督' });
