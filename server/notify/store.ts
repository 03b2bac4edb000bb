// The stored side of notifications: `messages`, every message a person was sent (the in-app 消息 list), and
// `subscriptions`, the one-time subscribe acceptances not yet spent, one counter per person and template.
import type { SubscribeKey } from '../../src/shared/contracts/messages';
import { storedCollection } from '../kit/db';

export interface MessageRecord {
  _id: string;
  /** The recipient's openid: whoever calls with it reads the message, and nobody else. */
  to: string;
  kind: SubscribeKey;
  title: string;
  body: string;
  /** The page it opens, with its query (routes.ts), or null. */
  page: string | null;
  read: boolean;
  readAt: Date | null;
  createdAt: Date;
  /** What became of the subscribe message: sent, none accepted, refused by WeChat (43101), or failed. */
  push: 'sent' | 'none' | 'refused' | 'failed';
}

export interface SubscriptionRecord {
  /** `<openid>|<templateId>`: one counter per person and template. */
  _id: string;
  openid: string;
  key: SubscribeKey;
  templateId: string;
  /** Acceptances not yet spent: WeChat allows one message per acceptance. */
  available: number;
  updatedAt: Date;
}

export const messages = storedCollection<MessageRecord>('messages');
export const subscriptions = storedCollection<SubscriptionRecord>('subscriptions');

export const subscriptionId = (openid: string, templateId: string) => `${openid}|${templateId}`;
