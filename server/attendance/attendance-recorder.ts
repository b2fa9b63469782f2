import type { Awareness } from 'y-protocols/awareness';
import { PRESENTER_FIELD } from '../../shared/presence.js';
import { Role } from '../../shared/roles.js';
import type { Room } from '../collab/room.js';
import type { RoomRegistry } from '../collab/room-registry.js';
import { loggableError, type Logger } from '../logger.js';
import type { AttendanceRepository } from '../store/attendance-repository.js';

/**
 * The report's annex lists who was present: every name seen in a workshop's presence (the name each
 * person gives their browser, with the role their invite carries), recorded the first time it is seen.
 * Presence is sampled rather than followed event by event, so someone who stays less than one interval
 * may be missed; an export samples its workshop once more before reading the list.
 */

const MAX_NAME_LENGTH = 100;

/** Named people in a room's presence now (not the projector); the server itself has no presence. */
export function presentPeople(awareness: Awareness): Array<{ name: string; role: Role }> {
  const people = new Map<string, Role>();
  for (const state of awareness.getStates().values()) {
    if (state[PRESENTER_FIELD]) continue;
    const user: unknown = state['user'];
    if (typeof user !== 'object' || user === null) continue;
    const { name, role } = user as { name?: unknown; role?: unknown };
    if (typeof name !== 'string') continue;
    const clean = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
    if (clean) people.set(clean, Role.catch('participant').parse(role));
  }
  return Array.from(people, ([name, role]) => ({ name, role }));
}

export interface AttendanceRecorder {
  /** Records whoever is present in the workshop's room now, if it is loaded here. */
  sample(workshopId: string): Promise<void>;
  stop(): void;
}

export function startAttendanceRecorder(
  registry: RoomRegistry,
  repository: AttendanceRepository,
  everyMs: number,
  logger: Logger,
): AttendanceRecorder {
  // Names already written per loaded room: a quiet room costs no database write per interval.
  const recorded = new WeakMap<Room, Set<string>>();

  async function sampleRoom(room: Room): Promise<void> {
    const known = recorded.get(room) ?? new Set<string>();
    recorded.set(room, known);
    const fresh = presentPeople(room.awareness).filter((person) => !known.has(person.name));
    if (fresh.length === 0) return;
    await repository.record(room.id, fresh);
    for (const person of fresh) known.add(person.name);
  }

  const logFailure = (room: Room) => (error: unknown) =>
    logger.error({ err: loggableError(error), workshopId: room.id }, 'recording attendance failed');

  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      for (const room of await registry.loadedRooms()) await sampleRoom(room).catch(logFailure(room));
    })().finally(() => {
      running = false;
    });
  }, everyMs);
  timer.unref();

  return {
    async sample(workshopId) {
      const room = await registry.peek(workshopId);
      if (room) await sampleRoom(room);
    },
    stop: () => clearInterval(timer),
  };
}
