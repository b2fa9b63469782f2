import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('configuration from the environment', () => {
  it('defaults to loopback, port 3000 and an embedded PGlite under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, adminToken: undefined });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/data\/pglite$/) });
  });

  it('reads the socket limits', () => {
    expect(loadConfig({}).maxBufferedBytes).toBe(16 * 1024 * 1024);
    expect(loadConfig({ MAX_BUFFERED_BYTES: '65536', MAX_MESSAGES_PER_SECOND: '50' })).toMatchObject({
      maxBufferedBytes: 65_536,
      maxMessagesPerSecond: 50,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/w' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db:5432/w',
    });
  });

  it('refuses to listen beyond loopback without an ADMIN_TOKEN', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/ADMIN_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', ADMIN_TOKEN: 'x'.repeat(16) }).host).toBe('0.0.0.0');
  });

  it('reads PUBLIC_URL as an origin, and leaves it unset by default', () => {
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: '' }).publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://Workshop.example.org/' }).publicUrl).toBe(
      'https://workshop.example.org',
    );
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.1.20:3000' }).publicUrl).toBe('http://192.168.1.20:3000');
  });

  it.each([
    [{ PUBLIC_URL: 'workshop.example.org' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'ftp://workshop.example.org' }, /PUBLIC_URL/],
    [{ PUBLIC_URL: 'https://example.org/workshop' }, /PUBLIC_URL/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
    [{ ADMIN_TOKEN: 'short' }, /ADMIN_TOKEN/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ MAX_BUFFERED_BYTES: '0' }, /MAX_BUFFERED_BYTES/],
  ])('names the bad variable in %j', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });
});
