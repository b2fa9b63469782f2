import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN_FILE, ConfigError, loadVenueConfig } from '../../../server/config.js';
import { keepAdminToken } from '../../../server/venue/admin-token-file.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'venue-token-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const freshDir = () => path.join(scratch, `data-${++n}`);
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('the admin token venue mode keeps', () => {
  it('is made once, in a new DATA_DIR, readable by its owner only, and read back on every later start', () => {
    const file = path.join(freshDir(), ADMIN_TOKEN_FILE);
    const token = keepAdminToken(file);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`${token}\n`);
    expect(keepAdminToken(file)).toBe(token);
    expect(keepAdminToken(file)).toBe(token);
    expect(modeOf(file)).toBe(0o600);
  });

  it('is a different secret in every DATA_DIR', () => {
    expect(keepAdminToken(path.join(freshDir(), ADMIN_TOKEN_FILE))).not.toBe(
      keepAdminToken(path.join(freshDir(), ADMIN_TOKEN_FILE)),
    );
  });

  it('keeps a token someone put in the file, and narrows a file others could read to 0600', () => {
    const dir = freshDir();
    const file = path.join(dir, ADMIN_TOKEN_FILE);
    keepAdminToken(file);
    writeFileSync(file, '  my-own-admin-token-0123456789 \n');
    chmodSync(file, 0o644);
    expect(keepAdminToken(file)).toBe('my-own-admin-token-0123456789');
    expect(modeOf(file)).toBe(0o600);
  });

  it('refuses a file edited into something unusable, saying how to get a new token', () => {
    const file = path.join(freshDir(), ADMIN_TOKEN_FILE);
    keepAdminToken(file);
    writeFileSync(file, 'short\n');
    expect(() => keepAdminToken(file)).toThrow(ConfigError);
    expect(() => keepAdminToken(file)).toThrow(/delete it/);
    expect(readFileSync(file, 'utf8')).toBe('short\n');
  });

  it('refuses a link in place of the file', () => {
    const dir = freshDir();
    const target = path.join(dir, 'elsewhere');
    keepAdminToken(target);
    symlinkSync(target, path.join(dir, ADMIN_TOKEN_FILE));
    expect(() => keepAdminToken(path.join(dir, ADMIN_TOKEN_FILE))).toThrow(/not a plain file/);
  });
});

describe('venue mode’s configuration', () => {
  const discovery = { lanAddresses: [{ interface: 'wlan0', address: '192.168.1.20' }], keepAdminToken };

  it('binds every interface, logs warnings only, and keeps its admin token under DATA_DIR', () => {
    const dataDir = freshDir();
    const config = loadVenueConfig({ DATA_DIR: dataDir }, discovery);
    const file = path.join(dataDir, ADMIN_TOKEN_FILE);
    expect(config).toMatchObject({
      host: '0.0.0.0',
      logLevel: 'warn',
      adminToken: readFileSync(file, 'utf8').trim(),
      venue: { lanAddresses: discovery.lanAddresses, everyInterface: true, dataDir, adminTokenFile: file },
    });
    expect(loadVenueConfig({ DATA_DIR: dataDir }, discovery).adminToken).toBe(config.adminToken);
  });

  it('takes HOST, LOG_LEVEL and ADMIN_TOKEN from the environment when set, and then makes no file', () => {
    const dataDir = freshDir();
    const config = loadVenueConfig(
      { DATA_DIR: dataDir, HOST: '192.168.1.20', LOG_LEVEL: 'info', ADMIN_TOKEN: 'x'.repeat(20) },
      discovery,
    );
    expect(config).toMatchObject({ host: '192.168.1.20', logLevel: 'info', adminToken: 'x'.repeat(20) });
    expect(config.venue).toMatchObject({ lanAddresses: discovery.lanAddresses, everyInterface: false });
    expect(config.venue?.adminTokenFile).toBeUndefined();
    expect(() => statSync(path.join(dataDir, ADMIN_TOKEN_FILE))).toThrow(/ENOENT/);
  });

  it('prints only the address it is bound to, and none when bound to loopback', () => {
    const two = {
      ...discovery,
      lanAddresses: [...discovery.lanAddresses, { interface: 'eth0', address: '10.0.0.4' }],
    };
    const env = { DATA_DIR: freshDir(), ADMIN_TOKEN: 'x'.repeat(20) };
    expect(loadVenueConfig({ ...env, HOST: '10.0.0.4' }, two).venue?.lanAddresses).toEqual([
      two.lanAddresses[1],
    ]);
    expect(loadVenueConfig({ ...env, HOST: '127.0.0.1' }, two).venue?.lanAddresses).toEqual([]);
    expect(loadVenueConfig(env, two).venue?.lanAddresses).toEqual(two.lanAddresses);
  });

  it('still names a bad variable', () => {
    expect(() => loadVenueConfig({ DATA_DIR: freshDir(), PORT: 'eighty' }, discovery)).toThrow(/PORT/);
  });

  it('leaves `npm start` as it was: loopback, no venue', async () => {
    const { loadConfig } = await import('../../../server/config.js');
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', venue: undefined });
  });
});
