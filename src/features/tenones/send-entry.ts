// Sending a logged entry, from the form or from the phone's queue: its photos are uploaded under the person's
// folder at paths fixed by the entry id (a repeat overwrites them), then logEntry goes with the id the phone made,
// so a send repeated after a lost answer is answered with the same entry.
import { callFunction } from '@/cloud/call-function';
import type { QueuedRecord } from '@/cloud/offline-queue';
import { uploadQueuedPhotos } from '@/cloud/use-offline-queue';
import { activityContract, type EntryFields } from '@/shared/contracts/activity';

export const ENTRY_KIND = 'tenones.entry';

/** What waits on the phone: the entry's fields without photos (they wait as kept files beside it). */
export type QueuedEntry = Omit<EntryFields, 'photos'> & { userId: string };

export async function sendEntry(record: QueuedRecord): Promise<void> {
  const { userId, ...fields } = record.input as QueuedEntry;
  const photos = await uploadQueuedPhotos(record, `tenones/${userId}`);
  await callFunction(activityContract, 'logEntry', { ...fields, entryId: record.id, photos });
}
