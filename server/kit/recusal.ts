// Recusal (回避): nobody reviews, scores, voids or answers what concerns themselves. One rule for every module
// (selection now; contests' judging and masters' reviews later), checked on the server where the act is done.
import { AppError } from './app-error';

/**
 * Refuses `act` (e.g. `审核这个提名`) when the person it concerns is the actor. `concerns` is a user id (the nominee,
 * the candidate) or any other key the actor has in the matter (their voter hash in a campaign).
 */
export function refuseOwnMatter(
  actor: string,
  concerns: string | null | undefined,
  act: string,
  field?: string,
): void {
  if (concerns && concerns === actor) {
    throw new AppError('FORBIDDEN', `${act}涉及本人，按回避原则须由其他人员办理`, field);
  }
}
