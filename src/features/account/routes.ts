// The account pages 我的 leads to, and the staff and expert entries it shows (paths from src/shared/routes.ts).
import { PAGES } from '@/shared/routes';

export const ACCOUNT_PAGES = PAGES.account;

export const WORKBENCH_PAGE = PAGES.admin.home;

/** 评审任务: the campaigns an expert scores. */
export const EXPERT_TASKS_PAGE = PAGES.expert.tasks;

/** 我的比赛: the worker's contest entries. */
export const MY_CONTESTS_PAGE = PAGES.contest.mine;
export const MY_MENTORING_PAGE = PAGES.mentor.mine;
