// The craftsman selection journeys, in the order they run.
import type { Journey } from '../journey';
import { brushingReviewJourney } from './brushing-review.journey';
import { campaignCreateJourney } from './campaign-create.journey';
import { campaignPublishJourney } from './campaign-publish.journey';
import { expertSheetJourney } from './expert-sheet.journey';
import { nominationReturnedJourney } from './nomination-returned.journey';
import { nomineeEligibilityJourney } from './nominee-eligibility.journey';
import { publicityCalendarJourney } from './publicity-calendar.journey';
import { scoringToPublicityJourney } from './scoring-to-publicity.journey';
import { selectionExportJourney } from './selection-export.journey';
import { staffTableJourney } from './staff-table.journey';
import { votePosterJourney } from './vote-poster.journey';
import { voteQuotaJourney } from './vote-quota.journey';
import { voteRankingJourney } from './vote-ranking.journey';
import { voteTrendJourney } from './vote-trend.journey';

export const selectionJourneys: Journey[] = [
  voteQuotaJourney,
  voteRankingJourney,
  votePosterJourney,
  campaignCreateJourney,
  campaignPublishJourney,
  nominationReturnedJourney,
  nomineeEligibilityJourney,
  publicityCalendarJourney,
  scoringToPublicityJourney,
  expertSheetJourney,
  brushingReviewJourney,
  selectionExportJourney,
  voteTrendJourney,
  staffTableJourney,
];
