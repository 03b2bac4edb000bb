// The unmodified SDK as an administrator (no WeChat caller) against a local cloud: what seed scripts, benchmarks
// and auditor commands use, outside any function.
import * as tcb from '@cloudbase/node-sdk';

export function localAdminApp(cloudUrl: string): tcb.CloudBase {
  // Outside the platform the SDK looks up a metadata host before every request unless told it is on Tencent Cloud.
  process.env.TENCENTCLOUD = 'true';
  return tcb.init({ env: 'local', secretId: 'local', secretKey: 'local', serviceUrl: `${cloudUrl}/admin` });
}
