/**
 * Hocuspocus as its documentation sets it up, on PORT. With DATABASE_URL it persists through
 * @hocuspocus/extension-database into a PostgreSQL table: the whole document state, written by
 * Hocuspocus's own debounce (2 s after the last change, at most 10 s) and when the last client leaves.
 */
import { Database } from '@hocuspocus/extension-database';
import { Server, type Extension } from '@hocuspocus/server';
import pg from 'pg';

async function persistence(url: string): Promise<Extension> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await pool.query('create table if not exists documents (name text primary key, state bytea not null)');
  return new Database({
    fetch: async ({ documentName }) => {
      const { rows } = await pool.query<{ state: Buffer }>('select state from documents where name = $1', [
        documentName,
      ]);
      return rows[0] ? new Uint8Array(rows[0].state) : null;
    },
    store: async ({ documentName, state }) => {
      await pool.query(
        'insert into documents (name, state) values ($1, $2) on conflict (name) do update set state = excluded.state',
        [documentName, state],
      );
    },
  });
}

const url = process.env.DATABASE_URL;
const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: url ? [await persistence(url)] : [],
});
await server.listen();
