// A voter's day in a campaign: what they have left today, and casting a vote or a ballot. One tap makes one
// request id; a network failure is retried automatically with the same id (the server counts it once); any other
// refusal is the server's word, shown as it is, and today's state is read again so the page matches the server.
import { useCallback, useRef, useState } from 'react';
import type * as z from 'zod';
import { callFunction } from '@/cloud/call-function';
import { asCloudError, useCloudCall } from '@/cloud/use-cloud-call';
import { voteContract, type voterTodaySchema } from '@/shared/contracts/vote';
import { newRequestId } from './texts';

export type VoterToday = z.infer<typeof voterTodaySchema>;

/** Automatic retries of one tap after a network failure, and the pause before each. */
export const RETRY_DELAYS_MS = [600, 1500];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface CastOutcome {
  accepted: boolean;
}

export function useVoting(campaignId: string, options: { onAccepted?: (candidateIds: string[]) => void } = {}) {
  const today = useCloudCall(() => callFunction(voteContract, 'today', { campaignId }), [campaignId]);
  /** The candidates of the request in flight: their buttons wait, the rest are held until it answers. */
  const [pending, setPending] = useState<string[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const inFlight = useRef(false);
  const { replace } = today;
  const onAccepted = options.onAccepted;

  const refreshQuietly = useCallback(() => {
    callFunction(voteContract, 'today', { campaignId }).then(replace, () => undefined);
  }, [campaignId, replace]);

  const cast = useCallback(
    async (candidateIds: string[]): Promise<CastOutcome> => {
      if (inFlight.current) return { accepted: false };
      inFlight.current = true;
      setPending(candidateIds);
      setRefusal(null);
      const requestId = newRequestId();
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            const answer = await callFunction(voteContract, 'cast', { campaignId, candidateIds, requestId });
            const { accepted: _accepted, ...left } = answer;
            replace(left);
            onAccepted?.(candidateIds);
            return { accepted: true };
          } catch (error) {
            const failure = asCloudError(error);
            const delay = RETRY_DELAYS_MS[attempt];
            if (failure.code === 'NETWORK' && delay !== undefined) {
              await pause(delay);
              continue;
            }
            setRefusal(failure.message);
            if (failure.code === 'CONFLICT') refreshQuietly();
            return { accepted: false };
          }
        }
      } finally {
        inFlight.current = false;
        setPending(null);
      }
    },
    [campaignId, replace, onAccepted, refreshQuietly],
  );

  return {
    today: today.state,
    reloadToday: today.reload,
    pending,
    cast,
    refusal,
    dismissRefusal: () => setRefusal(null),
    /** Shows a message in the same dialog as the server's refusals (e.g. a ballot not yet full). */
    explain: (message: string) => setRefusal(message),
  };
}

export type Voting = ReturnType<typeof useVoting>;
