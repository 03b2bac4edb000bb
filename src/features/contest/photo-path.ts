// Where the app uploads a contest image of the caller's (a registration photo, a poster): their own folder
// `contest/<userId>/`, the only place the contest function takes such files from.
import { callFunction } from '@/cloud/call-function';
import { accountContract } from '@/shared/contracts/account';

export async function contestPhotoPath(name: string): Promise<string> {
  const me = await callFunction(accountContract, 'me', {});
  return `contest/${me.userId}/${name}.jpg`;
}
