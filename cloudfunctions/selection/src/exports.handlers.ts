// Excel exports of a campaign for its organisers (issue 12): the list is read, written as a workbook, stored in
// cloud storage with a record that says when it goes (a day for personal data), audited, and handed back as a
// temporary URL.
import type { selectionContract, SelectionExportKind } from '../../../src/shared/contracts/selection';
import { selectionExportLabels } from '../../../src/shared/contracts/selection';
import { resultIsOut, stageLabels } from '../../../src/shared/selection/stages';
import { beijingText, buildWorkbook, type Sheet } from '../../../server/exports/workbook';
import { storeExport } from '../../../server/exports/exports';
import { AppError } from '../../../server/kit/app-error';
import type { GuardedContext, GuardedHandlers } from '../../../server/kit/guarded-function';
import { audit } from '../../../server/people/audit';
import { grants } from '../../../server/people/grants';
import { orgsById } from '../../../server/people/orgs';
import { usersByIds } from '../../../server/people/users';
import { campaignOrFail, type CampaignRecord } from '../../../server/selection/campaigns';
import { candidates } from '../../../server/selection/candidates';
import { flags } from '../../../server/selection/flags';
import { flagsSheet, nominationsSheet, resultSheet } from './export-sheets';

/**
 * Whether each list holds personal data. Nominations name people whom no one has published (returned, rejected)
 * with the reviewers' reasons; flags name the staff who acted and carry voters' codes. The result holds only what
 * the public result page shows.
 */
const PERSONAL: Record<SelectionExportKind, boolean> = { nominations: true, result: false, flags: true };

/** The union that nominated each candidate: the deepest of the nominator's staff nodes over the nominee. */
async function nominatingUnions(ctx: GuardedContext, list: Array<{ nominatedBy: string; orgPath: string[] }>) {
  const _ = ctx.db.command;
  const nominators = [...new Set(list.map((candidate) => candidate.nominatedBy))];
  const staffGrants =
    nominators.length > 0 ? await grants.readAll(ctx.db, { userId: _.in(nominators), role: 'staff' }) : [];
  const orgs = await orgsById(
    ctx.db,
    staffGrants.flatMap((grant) => (grant.orgId ? [grant.orgId] : [])),
  );
  return (candidate: { nominatedBy: string; orgPath: string[] }) => {
    const node = staffGrants
      .filter(
        (grant) => grant.userId === candidate.nominatedBy && grant.orgId && candidate.orgPath.includes(grant.orgId),
      )
      .sort((a, b) => b.orgPath.length - a.orgPath.length)[0];
    return (node?.orgId && orgs.get(node.orgId)?.name) || '';
  };
}

async function sheetOf(
  ctx: GuardedContext,
  campaign: CampaignRecord,
  kind: SelectionExportKind,
): Promise<Sheet<unknown>> {
  const campaignId = campaign._id;
  switch (kind) {
    case 'nominations': {
      const list = await candidates.readAll(ctx.db, { campaignId });
      const unionOf = await nominatingUnions(ctx, list);
      return nominationsSheet(
        campaign,
        list.map((candidate) => ({ candidate, nominatingUnion: unionOf(candidate) })),
      ) as Sheet<unknown>;
    }
    case 'result': {
      const results = campaign.results;
      if (!resultIsOut(campaign.stage) || !results) {
        throw new AppError(
          'CONFLICT',
          `评选结果尚未产生（当前阶段：${stageLabels[campaign.stage]}），还不能导出`,
          'kind',
        );
      }
      return resultSheet({ ...campaign, results }) as Sheet<unknown>;
    }
    case 'flags': {
      const list = await flags.readAll(ctx.db, { campaignId });
      const all = await candidates.readAll(ctx.db, { campaignId });
      const byId = new Map(all.map((candidate) => [candidate._id, candidate]));
      const categories = new Map(campaign.categories.map((category) => [category.id, category.name]));
      const handlers = await usersByIds(ctx.db, [
        ...new Set(list.flatMap((flag) => (flag.handledBy ? [flag.handledBy] : []))),
      ]);
      return flagsSheet(
        campaign,
        list.map((flag) => {
          const candidate = byId.get(flag.candidateId);
          return {
            flag,
            candidateName: candidate?.name ?? '',
            category: (candidate && categories.get(candidate.categoryId)) ?? '',
            handledByName: flag.handledBy ? (handlers.get(flag.handledBy)?.profile?.realName ?? '管理员') : '',
          };
        }),
      ) as Sheet<unknown>;
    }
  }
}

export const exportsHandlers = {
  exportWorkbook: async ({ campaignId, kind }, ctx) => {
    const campaign = await campaignOrFail(ctx.db, campaignId);
    ctx.requireOver(campaign.orgPath);
    const sheet = await sheetOf(ctx, campaign, kind);
    const label = selectionExportLabels[kind];
    const bytes = await buildWorkbook([sheet], { creator: ctx.actor.name, at: ctx.now });
    // `2026年度示范市工匠-评选结果-20261122-1400.xlsx`: the time it was made, so two downloads do not collide.
    const stamp = beijingText(ctx.now).replace(/-/g, '').replace(' ', '-').replace(':', '');
    const fileName = `${campaign.title}-${label}-${stamp}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '');
    const made = await storeExport(ctx, {
      kind: `selection.${kind}`,
      label: `${campaign.title} · ${label}`,
      orgPath: campaign.orgPath,
      subjectId: campaign._id,
      fileName,
      rows: sheet.rows.length,
      personal: PERSONAL[kind],
      bytes,
    });
    await audit(ctx.db, ctx.actor, ctx.now, {
      action: 'export.workbook',
      orgPath: campaign.orgPath,
      target: { type: 'campaign', id: campaign._id, label: `${campaign.title} · ${label}` },
      before: null,
      after: {
        export: label,
        file: made.fileName,
        rows: made.rows,
        personal: made.personal,
        expiresAt: made.expiresAt.toISOString(),
      },
    });
    return {
      fileName: made.fileName,
      url: made.url,
      rows: made.rows,
      personal: made.personal,
      expiresAt: made.expiresAt.toISOString(),
    };
  },
} satisfies Pick<GuardedHandlers<typeof selectionContract>, 'exportWorkbook'>;
