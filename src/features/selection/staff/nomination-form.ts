// The 提名 form as data: what it starts from (empty, or a nomination being corrected), what is wrong before it is
// sent, which field a server refusal names, and who may correct a nomination.
import type { Honour } from '@/shared/contracts/people-common';
import { DEEDS_MAX, DEEDS_MIN, selectionContract } from '@/shared/contracts/selection';
import { fieldErrors } from '@/shared/validation/field-errors';
import type { Nomination, StaffCampaign } from './campaign-texts';

export interface NominationDraft {
  categoryId: string | null;
  deeds: string;
  photoFileIds: string[];
  honours: Honour[];
}

export type NominationErrors = Partial<
  Record<'userId' | 'categoryId' | 'deeds' | 'photoFileIds' | 'honours', string>
>;

/** A new nomination (the only category picked for the user), or the one being corrected as it was sent. */
export function nominationDraft(campaign: StaffCampaign, editing?: Nomination | null): NominationDraft {
  if (editing) {
    const known = campaign.categories.some((category) => category.id === editing.categoryId);
    return {
      categoryId: known ? editing.categoryId : null,
      deeds: editing.deeds,
      photoFileIds: [...editing.photoFileIds],
      honours: editing.honours.map((honour) => ({ ...honour })),
    };
  }
  return {
    categoryId: campaign.categories.length === 1 ? campaign.categories[0]!.id : null,
    deeds: '',
    photoFileIds: [],
    honours: [],
  };
}

export { DEEDS_MAX, DEEDS_MIN };

// The fields typed or picked here; the person and the photos are the form's own state until they are sent.
const nominationFields = selectionContract.actions.nominate.input.pick({ categoryId: true, deeds: true });

export function checkNomination(values: {
  personPicked: boolean;
  categoryId: string | null;
  deeds: string;
  uploading: boolean;
  uploadFailed: boolean;
}): NominationErrors {
  const errors: NominationErrors = {};
  if (!values.personPicked) errors.userId = '请先查找并选择要提名的职工';
  const found = fieldErrors(nominationFields, { categoryId: values.categoryId ?? '', deeds: values.deeds });
  if (found.categoryId) errors.categoryId = found.categoryId;
  if (found.deeds) errors.deeds = found.deeds;
  if (values.uploading) errors.photoFileIds = '照片还在上传，请稍候再提交';
  else if (values.uploadFailed) errors.photoFileIds = '有照片没有上传成功：请重试，或删除后再提交';
  return errors;
}

/** The form field a server refusal names (`photoFileIds.2` is the photos field), or null for a general one. */
export function nominationFieldOf(field: string | undefined): keyof NominationErrors | null {
  if (!field) return null;
  const head = field.split('.')[0]!;
  return head === 'userId' ||
    head === 'categoryId' ||
    head === 'deeds' ||
    head === 'photoFileIds' ||
    head === 'honours'
    ? head
    : null;
}

/**
 * Whether to offer the caller 修改 on a nomination: their own, not yet decided (waiting, or returned for changes),
 * while nominations are still taken or reviewed. The server has the last word (staff over the nominee may too).
 */
export function mayCorrect(nomination: Nomination, campaign: StaffCampaign): boolean {
  return (
    nomination.mine &&
    (nomination.status === 'submitted' || nomination.status === 'returned') &&
    (campaign.stage === 'nomination' || campaign.stage === 'review')
  );
}
