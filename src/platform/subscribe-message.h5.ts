// The H5 build has no subscribe dialog (WeChat's requestSubscribeMessage exists only in the mini-program). The
// H5 build runs only against the local cloud, so it simulates the user tapping 允许 for every template asked
// (at most 3, as WeChat): the acceptance is stored and spent exactly as in the mini-program, and the local cloud's
// outbox shows the subscribe message that would have gone. LOCAL ONLY: no real user ever accepts this way.
export function requestSubscribe(templateIds: string[]): Promise<string[]> {
  return Promise.resolve(templateIds.slice(0, 3));
}
