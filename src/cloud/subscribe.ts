// Asking for subscribe messages where the user acts (提交提名, 提交异议, 申请加入, 提醒我). The template ids come
// from the server (one source: the functions' settings) and are fetched once per app session ahead of the tap,
// because WeChat's dialog must open synchronously inside the tap: `askToSubscribe` is called first in the
// handler, and whatever the user answers is stored afterwards, never holding up what the tap does.
import { useEffect } from 'react';
import { accountContract } from '@/shared/contracts/account';
import type { SubscribeKey } from '@/shared/contracts/messages';
import { requestSubscribe } from '@/platform/subscribe-message';
import { callFunction } from './call-function';

type Template = { key: SubscribeKey; templateId: string };

let known: Template[] | undefined;
let loading: Promise<void> | undefined;

/** Fetches the template ids once (again after a failure), so a later tap has them at hand. */
export function preloadSubscribeTemplates(): Promise<void> {
  loading ??= callFunction(accountContract, 'subscribeTemplates', {}).then(
    (answer) => {
      known = answer.templates;
    },
    () => {
      loading = undefined; // try again next time; meanwhile nothing is asked, the in-app message still comes
    },
  );
  return loading;
}

/** Preloads the template ids when a page that asks for them opens. */
export function useSubscribeTemplates(): void {
  useEffect(() => void preloadSubscribeTemplates(), []);
}

/**
 * Opens the subscribe dialog for `keys` (at most 3) — call it FIRST in a tap handler, before any await — then
 * stores the acceptances. Never fails: a refusal or an error only means no push, the in-app message still comes.
 */
export function askToSubscribe(keys: SubscribeKey[]): Promise<SubscribeKey[]> {
  const ids = (known ?? [])
    .filter((template) => keys.includes(template.key))
    .map((template) => template.templateId)
    .slice(0, 3);
  if (ids.length === 0) return Promise.resolve([]);
  return requestSubscribe(ids)
    .then(async (accepted) =>
      accepted.length > 0
        ? (await callFunction(accountContract, 'acceptSubscriptions', { templateIds: accepted })).recorded
        : [],
    )
    .catch(() => []);
}

/** Forgets the cached ids (tests). */
export function resetSubscribeTemplates(): void {
  known = undefined;
  loading = undefined;
}
