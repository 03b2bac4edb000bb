// Seen by the type checker and by jest only: Taro builds pick files.weapp.ts or files.h5.ts instead.
export { files } from './files.h5';
export type { FileClient, UploadedFile } from './files-types';
