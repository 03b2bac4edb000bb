// Seen by the type checker and by jest only: Taro builds pick user-files.weapp.ts or user-files.h5.ts instead.
export { userFiles } from './user-files.h5';
export type { KeptFile, UserFiles } from './user-files-types';
