/**
 * Fields of a page's awareness state beyond y-websocket's: `user` ({name, color, role} — the server
 * sets `role` from the invite), `section` (the section open), `focus` (the item being worked on), and
 * `presenter`, which marks a projector's page: a screen, not a person, so it is never followed,
 * listed among the people here, or recorded as present.
 */
export const PRESENTER_FIELD = 'presenter';

/** Awareness field: the breakout group (its id) this person chose, so each group's presence is counted. */
export const GROUP_FIELD = 'group';
