import { TIMER_ROOT } from './agenda-timer.js';
import { CONSOLIDATED_ROOT, GROUP_STARTS_ROOT, GROUPS_ROOT } from './breakout-groups.js';
import { PRESENTER_ROOT } from './presenter.js';

/**
 * The roots of the document only a facilitator's socket changes (`canSteerRoom` in shared/roles.ts):
 * what steers the room (the projector's pin, the join code and amendment it shows, the group reports,
 * bringing everyone to an item), the agenda countdown, the breakout groups and who is in them, the
 * rapporteur's consolidated marks, and the record of each group session's start (the server's own).
 * The server undoes any other role's change to them (server/collab/root-guard.ts); pages offer the
 * controls by the same rule.
 */
export const FACILITATOR_ROOTS: readonly string[] = [
  PRESENTER_ROOT,
  TIMER_ROOT,
  GROUPS_ROOT,
  GROUP_STARTS_ROOT,
  CONSOLIDATED_ROOT,
];
