// The 工作台's tasks as a side navigation on every staff page in a wide window. Features cannot import each other
// and components cannot import a feature, so the staff subpackage provides the tasks each feature offers (see
// src/admin/staff-tasks.ts) and the frame reads them from here.
import { useEffect, useState } from 'react';
import { callFunction } from '@/cloud/call-function';
import { unionContract } from '@/shared/contracts/union';
import type { OrgKind } from '@/shared/people/vocabulary';
import type { StaffTask } from './staff-task';

let provided: readonly StaffTask[] = [];

/** Called once by the staff subpackage with every feature's tasks. */
export function provideStaffTasks(tasks: readonly StaffTask[]): void {
  provided = [...tasks].sort((a, b) => a.order - b.order);
}

export function providedStaffTasks(): readonly StaffTask[] {
  return provided;
}

// The kinds of union the caller looks after, read once per app session (they change only with a new grant) and
// only when a wide window first shows the navigation.
let kindsOnce: Promise<ReadonlySet<OrgKind>> | null = null;

function callerKinds(): Promise<ReadonlySet<OrgKind>> {
  kindsOnce ??= callFunction(unionContract, 'workbench', {}).then(
    (answer) => new Set(answer.scopes.map((scope) => scope.kind)),
    (error: unknown) => {
      // Not known this time: try again on the next page, offer meanwhile only what every staff member can do.
      kindsOnce = null;
      throw error;
    },
  );
  return kindsOnce;
}

/** Forgets the caller's kinds (tests, and a change of identity in the H5 build reloads the page anyway). */
export function forgetStaffKinds(): void {
  kindsOnce = null;
}

/**
 * The tasks to list for the caller, as the 工作台 offers them: a task meant for some kinds of union only to staff at
 * one of them. Until the kinds are known, only the tasks every staff member can do.
 */
export function useStaffNavTasks(enabled: boolean): readonly StaffTask[] {
  const [kinds, setKinds] = useState<ReadonlySet<OrgKind> | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    callerKinds().then(
      (known) => current && setKinds(known),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [enabled]);
  return provided.filter(
    (task) => !task.forKinds || (kinds !== null && task.forKinds.some((kind) => kinds.has(kind))),
  );
}
