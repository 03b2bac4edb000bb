export default definePageConfig({ navigationBarTitleText: '工会邀请' });
