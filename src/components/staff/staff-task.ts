// What a feature offers staff on the 工作台: each feature lists its own tasks, and the workbench page puts them
// together, so a new feature adds its entry without editing another feature.

export interface StaffTask {
  title: string;
  description: string;
  url: string;
  /** Place on the workbench, smallest first (features leave gaps of ten so a newcomer fits between). */
  order: number;
}
