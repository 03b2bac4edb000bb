export default definePageConfig({ navigationBarTitleText: '师徒协议' });
