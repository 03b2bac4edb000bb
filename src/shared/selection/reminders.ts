// Scoring reminders: an expert who tapped 提醒我 hears, once, a day before scoring closes, how many candidates
// they have not scored yet. One rule for the timer that sends it and the task list that promises it.

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the reminder goes: a day before scoring is due to close (the result stage's scheduled start). */
export function scoringReminderAt(scoringEndsAt: Date): Date {
  return new Date(scoringEndsAt.getTime() - DAY_MS);
}

/** Whether reminders of a campaign are due now: it is scoring, and within the last day before scoring closes. */
export function scoringReminderDue(stage: string, scoringEndsAt: Date, now: Date): boolean {
  return (
    stage === 'scoring' &&
    now.getTime() >= scoringReminderAt(scoringEndsAt).getTime() &&
    now.getTime() < scoringEndsAt.getTime()
  );
}
