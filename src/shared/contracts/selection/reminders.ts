// Scoring reminders: an expert asks (提醒我 on the task list) to be reminded a day before scoring closes.
import * as z from 'zod';
import type { ActionSpec } from '../contract';
import { idSchema, isoInstant } from '../people-common';

export const reminderActions = {
  /** Records that the calling expert wants a reminder for this campaign; answers when it will come. */
  remindMeToScore: {
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.object({ campaignId: z.string(), remindAt: isoInstant }),
  },
} satisfies Record<string, ActionSpec>;
