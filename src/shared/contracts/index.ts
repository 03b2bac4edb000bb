// Every cloud function's contract, by function name.
export { healthContract } from './health';
export * from './contract';
