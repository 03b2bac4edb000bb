// Input schemas for the actions that take a check-in code, so every function words a bad code the same way. The
// MAC and the period are checked by server/check-in/, not here: a schema sees only the shape.
import * as z from 'zod';
import { isoInstant } from '../contracts/people-common';
import { MAX_TOKEN_LENGTH } from './codes';

/** A scanned QR token as sent: a string of sane length (anything else is not a scan of ours). */
export const checkInTokenSchema = z
  .string({ error: '请扫描现场的签到二维码' })
  .trim()
  .min(1, { error: '请扫描现场的签到二维码' })
  .max(MAX_TOKEN_LENGTH, { error: '二维码无效' });

/** A typed short code: six digits, spaces allowed while typing. */
export const checkInShortCodeSchema = z
  .string({ error: '请输入6位签到码' })
  .trim()
  .regex(/^[0-9\s-]{6,20}$/, { error: '请输入6位签到码' });

/** What an action that shows a check-in code answers (server/check-in/ `issueCheckInCode`), for its output schema. */
export const issuedCheckInCodeSchema = z.object({
  token: z.string(),
  period: z.number().int(),
  /** When the screen asks for the next code; the token is accepted one period longer. */
  validUntil: isoInstant,
  shortCode: z
    .string()
    .regex(/^[0-9]{6}$/)
    .nullable(),
  shortCodeValidUntil: isoInstant.nullable(),
});
export type IssuedCheckInCodeOutput = z.infer<typeof issuedCheckInCodeSchema>;
