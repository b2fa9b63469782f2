import { describe, expect, it } from 'vitest';
import { publicBase } from '../../../server/http/public-base.js';

describe('the public base of join URLs', () => {
  it('is PUBLIC_URL when set, whatever the request came to', () => {
    expect(publicBase({ publicUrl: 'https://workshop.example.org' }, 'http://10.0.0.5:3000/api/x')).toBe(
      'https://workshop.example.org',
    );
  });

  it('is the venue’s LAN address in venue mode, when PUBLIC_URL is not set', () => {
    const venue = { lanOrigin: 'http://192.168.1.20:3000' };
    expect(publicBase({ publicUrl: undefined }, 'http://127.0.0.1:3000/api/x', venue)).toBe(venue.lanOrigin);
    expect(publicBase({ publicUrl: 'https://w.example.org' }, 'http://127.0.0.1:3000/', venue)).toBe(
      'https://w.example.org',
    );
  });

  it('is otherwise the origin the request came to', () => {
    expect(publicBase({ publicUrl: undefined }, 'http://192.168.1.20:3000/api/workshops/1/join-codes')).toBe(
      'http://192.168.1.20:3000',
    );
  });
});
