// Cloud function `content-verdict`: the function configured for WeChat message push (云开发控制台 → 设置 → 消息推送:
// MsgType `event`, Event `wxa_media_check`; locally `messagePushFunction`). WeChat pushes every asynchronous image
// verdict here, naming the check only by its trace id; server/content-security routes it to the module that owns the
// image through the registry of content owners. Invoked by a client (an openid in its context), it does nothing.
import { receiveMediaVerdict } from '../../../server/content-security/images';
import { contentRegistry } from '../../../server/content-security/owners';
import { createMessagePushFunction } from '../../../server/kit/message-push-function';
import { selectionContentOwners } from '../../../server/selection/content';
import { activityContentOwners } from '../../../server/activity/content';
import { contestContentOwners } from '../../../server/contest/content';
import { mentoringContentOwners } from '../../../server/mentoring/content';

/** Every module that stores user images registers its owners here. */
const registry = contentRegistry([
  ...selectionContentOwners,
  ...activityContentOwners,
  ...contestContentOwners,
  ...mentoringContentOwners,
]);

export const main = createMessagePushFunction({
  wxa_media_check: (event, ctx) => receiveMediaVerdict(ctx, registry, event),
});
