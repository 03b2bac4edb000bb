// Every cloud function's contract, by function name.
export { healthContract } from './health';
export * from './contract';
export { accountContract } from './account';
export { unionContract } from './union';
export { selectionContract } from './selection';
export { voteContract } from './vote';
export { activityContract } from './activity';
export { contestContract } from './contest';
export { mentoringContract } from './mentoring';
