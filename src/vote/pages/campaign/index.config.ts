export default definePageConfig({ navigationBarTitleText: '工匠评选' });
