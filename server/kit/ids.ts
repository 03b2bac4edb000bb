// Record ids: the one generator the app and the functions share (96 random bits, never the time).
export { newId } from '../../src/shared/ids';
