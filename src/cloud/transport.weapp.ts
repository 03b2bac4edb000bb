// WeChat transport: calls the cloud function through the platform, which injects the caller's openid.
import Taro from '@tarojs/taro';
import type { Transport } from './transport-types';

let initialised = false;

export function ensureCloud(): void {
  if (initialised) return;
  // TARO_APP_CLOUD_ENV comes from .env (see README); empty means the AppID's default environment.
  const env = process.env.TARO_APP_CLOUD_ENV;
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
  initialised = true;
}

export const transport: Transport = async (name, body) => {
  ensureCloud();
  const { result } = await Taro.cloud.callFunction({ name, data: body });
  return result;
};
