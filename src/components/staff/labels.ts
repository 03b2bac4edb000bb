// Short Chinese texts the workbench shows for codes and records.
import type * as z from 'zod';
import type { OrgRef, PersonSummary } from '@/shared/contracts/people-common';
import type { grantSchema } from '@/shared/contracts/union';
import { orgKindLabels, skillLevelLabels } from '@/shared/people/vocabulary';
import { formatDate } from '@/components/format/format';

export type Grant = z.infer<typeof grantSchema>;

export function orgLabel(org: OrgRef): string {
  return org.parentName ? `${org.name}（${org.parentName}）` : org.name;
}

export function personLine(person: Pick<PersonSummary, 'trade' | 'skillLevel'>): string {
  return [person.trade, skillLevelLabels[person.skillLevel]].filter(Boolean).join(' · ');
}

export function grantLabel(grant: Grant): string {
  if (grant.role === 'staff') {
    const org = grant.org ? `${grant.org.name}（${orgKindLabels[grant.org.kind]}）` : '已撤销的组织';
    return `工会干部 · ${org}`;
  }
  return `评审专家 · 评选 ${grant.campaignId ?? ''}`;
}

export function grantSince(grant: Grant): string {
  return `${formatDate(grant.grantedAt)} 授权`;
}
