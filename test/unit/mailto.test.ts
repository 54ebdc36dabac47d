import { describe, expect, it } from 'vitest';
import { isMailAddress, mailtoHref } from '../../src/shared/domain/email';

describe('mailto links are built only from a plain address', () => {
  it.each([
    ['dana@northwind.example', 'mailto:dana@northwind.example'],
    ["pat.o'hara+sales@acme-co.example", "mailto:pat.o'hara+sales@acme-co.example"],
  ])('links %j', (email, href) => {
    expect(isMailAddress(email)).toBe(true);
    expect(mailtoHref(email)).toBe(href);
  });

  it.each([
    'x@b.co?bcc=attacker@evil.example&body=hi',
    'x@b.co&body=hi',
    'a@b.co,c@d.example',
    'a@b.co;c@d.example',
    'a%3Fbcc=evil@b.co',
    'a@b.co#x',
    ' a@b.co',
    'a@b.co\n',
    'a\u0000@b.co',
    'a@b.co\u202e',
    'not an address',
    '',
    `${'a'.repeat(250)}@b.co`,
  ])('gives no link for %j', (email) => {
    expect(isMailAddress(email)).toBe(false);
    expect(mailtoHref(email)).toBeNull();
  });
});
