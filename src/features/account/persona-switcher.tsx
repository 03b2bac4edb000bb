// Seen by the type checker and by jest only: Taro builds pick persona-switcher.weapp.tsx or persona-switcher.h5.tsx.
export { PersonaSwitcher } from './persona-switcher.h5';
