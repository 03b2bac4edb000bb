// Short codes: the `shortCodes` collection, the code a poster's mini-program code carries, pointing at a candidate
// (a candidate id is longer than the 32 characters a code's scene allows).
import { storedCollection } from '../kit/db';

export interface ShortCodeRecord {
  /** The code itself. */
  _id: string;
  candidateId: string;
}

export const shortCodes = storedCollection<ShortCodeRecord>('shortCodes');
