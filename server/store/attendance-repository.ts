import { and, asc, eq, lte } from 'drizzle-orm';
import type { Role } from '../../shared/roles.js';
import type { Database } from './database.js';
import { attendance } from './schema.js';

export interface Attendee {
  name: string;
  role: Role;
  firstSeenAt: Date;
}

/** Who has been present in each workshop. Only first sightings are kept: a name is recorded once. */
export interface AttendanceRepository {
  record(workshopId: string, people: Array<{ name: string; role: Role }>): Promise<void>;
  /** In order of arrival; with `until`, only those first seen by then. */
  list(workshopId: string, until?: Date): Promise<Attendee[]>;
}

export function createAttendanceRepository(db: Database): AttendanceRepository {
  return {
    async record(workshopId, people) {
      if (people.length === 0) return;
      await db
        .insert(attendance)
        .values(people.map((person) => ({ workshopId, ...person })))
        .onConflictDoNothing();
    },

    async list(workshopId, until) {
      return db
        .select({ name: attendance.name, role: attendance.role, firstSeenAt: attendance.firstSeenAt })
        .from(attendance)
        .where(
          until
            ? and(eq(attendance.workshopId, workshopId), lte(attendance.firstSeenAt, until))
            : eq(attendance.workshopId, workshopId),
        )
        .orderBy(asc(attendance.firstSeenAt), asc(attendance.name));
    },
  };
}
