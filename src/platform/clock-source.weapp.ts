// The mini-program keeps the phone's time: there is no local cloud to follow, and every rule that matters is
// decided again on the server by the function's own clock.
export async function syncClock(): Promise<void> {}
