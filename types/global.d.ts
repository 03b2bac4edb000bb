// Ambient types for the Taro build: its globals (defineAppConfig, definePageConfig) and style imports.
/// <reference types="@tarojs/taro" />

declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
    /** CloudBase environment id from .env (see README). */
    TARO_APP_CLOUD_ENV?: string;
  }
}
