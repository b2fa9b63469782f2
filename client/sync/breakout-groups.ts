import {
  createContext,
  createEffect,
  createMemo,
  createSignal,
  onCleanup,
  useContext,
  type Accessor,
} from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { GROUP_FIELD, PRESENTER_FIELD } from '../../shared/presence.js';
import {
  assignedGroup,
  currentGroupSession,
  groupFindingIds,
  groupRecommendationIds,
  groupsMap,
  itemLinks,
  readGroups,
  type AgendaTimer,
  type BreakoutGroup,
} from '../../shared/workshop-document/index.js';
import { createTimerState } from './agenda-timer.js';
import { createFieldIndex, createOrderedItems } from './y-signals.js';

/** Every breakout group of the workshop, live. */
export function createGroups(doc: Y.Doc): Accessor<BreakoutGroup[]> {
  const root = groupsMap(doc);
  const [groups, setGroups] = createSignal(readGroups(doc));
  const update = () => setGroups(readGroups(doc));
  root.observeDeep(update);
  onCleanup(() => root.unobserveDeep(update));
  return groups;
}

/** How many people (not projectors) are in each group now, by group id. */
export function createGroupPresence(provider: WebsocketProvider): Accessor<Map<string, number>> {
  const awareness = provider.awareness;
  const count = () => {
    const counts = new Map<string, number>();
    awareness.getStates().forEach((state) => {
      const group: unknown = state[GROUP_FIELD];
      if (state[PRESENTER_FIELD] || typeof group !== 'string') return;
      counts.set(group, (counts.get(group) ?? 0) + 1);
    });
    return counts;
  };
  const [counts, setCounts] = createSignal(count());
  const update = () => setCounts(count());
  awareness.on('change', update);
  onCleanup(() => awareness.off('change', update));
  return counts;
}

/** A group and its number within its session. */
export interface NumberedGroup {
  group: BreakoutGroup;
  index: number;
}

/**
 * The breakout group this page works in, for the session on now (or next): the one a facilitator
 * assigned this invite to, else the one chosen on this browser (remembered per workshop and session).
 * While one is in effect, Findings and Recommendations show only its items unless `showAll`.
 */
export interface GroupFocus {
  sessionId: Accessor<string | null>;
  /** The session's groups, in order. */
  groups: Accessor<BreakoutGroup[]>;
  mine: Accessor<NumberedGroup | null>;
  /** Whether `mine` comes from a facilitator's assignment (then this page cannot change it). */
  assigned: Accessor<boolean>;
  choose(groupId: string | null): void;
  showAll: Accessor<boolean>;
  setShowAll(all: boolean): void;
  counts: Accessor<Map<string, number>>;
  timer: Accessor<AgendaTimer | null>;
  /** The finding and recommendation ids shown; null: no filter. */
  findingIds: Accessor<ReadonlySet<string> | null>;
  recommendationIds: Accessor<ReadonlySet<string> | null>;
}

export const GroupFocusContext = createContext<GroupFocus>();

/** The page's group focus; undefined where there is none (the projector, a saved version). */
export function useGroupFocus(): GroupFocus | undefined {
  return useContext(GroupFocusContext);
}

const storageKey = (workshopId: string, sessionId: string) => `workshop-group:${workshopId}:${sessionId}`;

function storedChoice(workshopId: string, sessionId: string): string | null {
  try {
    return localStorage.getItem(storageKey(workshopId, sessionId));
  } catch {
    return null;
  }
}

export function createGroupFocus(
  doc: Y.Doc,
  provider: WebsocketProvider,
  workshopId: string,
  inviteId: string,
): GroupFocus {
  const allGroups = createGroups(doc);
  const timer = createTimerState(doc);
  const agenda = createOrderedItems(doc, 'agenda');
  const kinds = createFieldIndex(doc, 'agenda', (item) => String(item.get('kind') ?? ''));
  const sessionId = createMemo(() =>
    currentGroupSession(
      agenda().map((item) => ({
        id: String(item.get('id')),
        kind: kinds().get(String(item.get('id'))) ?? '',
      })),
      allGroups(),
      timer()?.sessionId ?? null,
    ),
  );
  const groups = createMemo(() => allGroups().filter((group) => group.sessionId === sessionId()));
  // This page's choices by session: read first, so a browser that refuses storage still keeps them.
  const [choices, setChoices] = createSignal(new Map<string, string | null>());
  const chosenId = () => {
    const session = sessionId();
    if (!session) return null;
    return choices().has(session) ? (choices().get(session) ?? null) : storedChoice(workshopId, session);
  };
  const assignment = createMemo(() => assignedGroup(groups(), inviteId));
  const mine = createMemo<NumberedGroup | null>(() => {
    const wanted = assignment()?.id ?? chosenId();
    const index = groups().findIndex((group) => group.id === wanted);
    return index < 0 ? null : { group: groups()[index]!, index };
  });
  const [showAll, setShowAll] = createSignal(false);

  createEffect(() => provider.awareness.setLocalStateField(GROUP_FIELD, mine()?.group.id ?? null));

  const themes = createFieldIndex(doc, 'findings', (item) => String(item.get('theme') ?? ''));
  const links = createFieldIndex(doc, 'recommendations', (item) =>
    Array.from(itemLinks(item, 'findingIds').keys()),
  );
  const findingIds = createMemo(() => {
    const current = mine();
    if (!current || showAll()) return null;
    return groupFindingIds(
      current.group,
      Array.from(themes(), ([id, theme]) => ({ id, theme })),
    ) as ReadonlySet<string>;
  });
  const recommendationIds = createMemo(() => {
    const findings = findingIds();
    if (!findings) return null;
    return groupRecommendationIds(
      findings,
      Array.from(links(), ([id, findingIds]) => ({ id, findingIds })),
      { unlinked: true },
    ) as ReadonlySet<string>;
  });

  return {
    sessionId,
    groups,
    mine,
    assigned: () => assignment() !== undefined,
    choose(groupId) {
      const session = sessionId();
      if (!session) return;
      try {
        if (groupId) localStorage.setItem(storageKey(workshopId, session), groupId);
        else localStorage.removeItem(storageKey(workshopId, session));
      } catch {
        // Storage refused (private mode): the choice lasts as long as the page.
      }
      setChoices(new Map(choices()).set(session, groupId));
      setShowAll(false);
    },
    showAll,
    setShowAll,
    counts: createGroupPresence(provider),
    timer,
    findingIds,
    recommendationIds,
  };
}
