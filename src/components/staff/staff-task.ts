// What a feature offers staff on the 工作台: each feature lists its own tasks, and the workbench page puts them
// together, so a new feature adds its entry without editing another feature.
import type { OrgKind } from '@/shared/people/vocabulary';

export interface StaffTask {
  title: string;
  description: string;
  url: string;
  /** Place on the workbench, smallest first (features leave gaps of ten so a newcomer fits between). */
  order: number;
  /**
   * The kinds of union whose staff can do something there; left out, every staff member can. The 工作台 offers a
   * task only to staff at one of these kinds, so an enterprise union is not sent to pages it can only be refused by.
   */
  forKinds?: readonly OrgKind[];
}

/** Work waiting for this staff member now (a returned nomination to correct), with how much. */
export interface StaffTodo {
  title: string;
  description: string;
  url: string;
  count: number;
}

/** A feature's to-dos for the caller, loaded when the 工作台 opens (an empty list when nothing waits). */
export type StaffTodoSource = () => Promise<StaffTodo[]>;
