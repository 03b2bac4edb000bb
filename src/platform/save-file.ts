// Seen by the type checker and by jest only: Taro builds pick save-file.weapp.ts or save-file.h5.ts instead.
export { openCloudFile, saveTextFile } from './save-file.h5';
export type { SavedFile } from './save-file-types';
