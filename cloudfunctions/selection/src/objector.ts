// Who lodged an objection, as far as the campaign keeps it: a salted hash to show them their own, and a masked
// contact for staff lists.
import { createHash } from 'node:crypto';
import { isMobilePhone, maskPhone } from '../../../src/shared/people/personal-data';
import type { CampaignRecord } from '../../../server/selection/campaigns';

/** The objector as the campaign's salted hash of their openid: enough to show them their own objections. */
export function objectorKey(campaign: CampaignRecord, openid: string): string {
  return createHash('sha256').update(`${campaign.voterSalt}:objector:${openid}`).digest('hex').slice(0, 32);
}

export function maskContact(contact: string): string {
  if (isMobilePhone(contact)) return maskPhone(contact);
  const [user = '', domain = ''] = contact.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}
