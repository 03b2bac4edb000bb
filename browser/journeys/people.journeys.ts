// The people, unions and roles journeys, in the order they run.
import type { Journey } from '../journey';
import { designateModelWorkerJourney } from './designate-model-worker.journey';
import { forgedIdentityJourney } from './forged-identity.journey';
import { joinEnterpriseJourney } from './join-enterprise.journey';
import { memberFactsJourney } from './member-facts.journey';
import { staffWorkbenchJourney } from './staff-workbench.journey';

export const peopleJourneys: Journey[] = [
  joinEnterpriseJourney,
  designateModelWorkerJourney,
  forgedIdentityJourney,
  staffWorkbenchJourney,
  memberFactsJourney,
];
