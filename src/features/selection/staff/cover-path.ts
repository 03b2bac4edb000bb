// Where staff upload a campaign's cover: their own folder `campaign-cover/<userId>/`, the only place the selection
// function takes a cover from (server/selection/content.ts, campaignCoverFolder).
import { callFunction } from '@/cloud/call-function';
import { newId } from '@/shared/ids';
import { accountContract } from '@/shared/contracts/account';

export async function campaignCoverPath(): Promise<string> {
  const me = await callFunction(accountContract, 'me', {});
  return `campaign-cover/${me.userId}/cover-${newId()}.jpg`;
}
