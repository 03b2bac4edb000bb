// The subscribe templates, by what they tell: the environment variable holding each one's id (the ids are the
// mini-program's own, chosen in the WeChat console, so they are settings, never code) and the keywords its
// template has, in the order the console lists them. A template not set in this environment is not offered and
// nothing is pushed for it: the in-app message still goes.
import type { SubscribeKey } from '../../src/shared/contracts/messages';

export const TEMPLATE_ENV: Record<SubscribeKey, string> = {
  nominationReviewed: 'JX_TMPL_NOMINATION_REVIEWED',
  objectionAnswered: 'JX_TMPL_OBJECTION_ANSWERED',
  joinDecided: 'JX_TMPL_JOIN_DECIDED',
  scoringReminder: 'JX_TMPL_SCORING_REMINDER',
  recordReviewed: 'JX_TMPL_RECORD_REVIEWED',
  contestEntry: 'JX_TMPL_CONTEST_ENTRY',
  mentoring: 'JX_TMPL_MENTORING',
};

/** The template id of `key` in this environment, or undefined when it is not set up. */
export function templateId(key: SubscribeKey): string | undefined {
  return process.env[TEMPLATE_ENV[key]]?.trim() || undefined;
}

/** Every template set up in this environment. */
export function configuredTemplates(): Array<{ key: SubscribeKey; templateId: string }> {
  return (Object.keys(TEMPLATE_ENV) as SubscribeKey[]).flatMap((key) => {
    const id = templateId(key);
    return id ? [{ key, templateId: id }] : [];
  });
}

/** Which template an id is, in this environment (an id it does not know is no template of ours). */
export function keyOfTemplate(id: string): SubscribeKey | undefined {
  return configuredTemplates().find((template) => template.templateId === id)?.key;
}
