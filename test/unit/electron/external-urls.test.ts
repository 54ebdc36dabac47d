import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isAllowedExternalUrl } from '../../../src/main/electron/external-urls';

describe('links OneUp hands to the operating system', () => {
  it.each([
    ['tel:+1-415-555-0123', 'tel:+1-415-555-0123'],
    ['tel:+17575550142;ext=12', 'tel:+17575550142;ext=12'],
    // The softphone hand-offs a rep can choose in Settings.
    ['callto:+17575550142', 'callto:+17575550142'],
    ['sip:+17575550142', 'sip:+17575550142'],
    ['sip:+17575550142,12', 'sip:+17575550142,12'],
    ['mailto:dana@northwind.example', 'mailto:dana@northwind.example'],
    ['MAILTO:dana@northwind.example', 'mailto:dana@northwind.example'],
    ['https://northwind.example/about', 'https://northwind.example/about'],
    ['HTTPS://Northwind.Example', 'https://northwind.example/'],
  ])('opens %s', (raw, opened) => {
    expect(externalUrlToOpen(raw)).toBe(opened);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'file:///etc/passwd',
    'file://server/share/payload.exe',
    'http://northwind.example/',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox(1)',
    'about:blank',
    'https://bank.example@evil.example/',
    'https://user:pass@evil.example/',
    'tel:',
    'callto:',
    'sip:',
    // A dial link carries a number and nothing else.
    'sip:attacker@evil.example',
    'sip:+15550100@evil.example;transport=tcp',
    'callto:+15550100?video=1',
    'callto://evil.example/share',
    'tel:+15550100#1',
    'tel:javascript:alert(1)',
    'mailto:',
    // mailto: only with one plain address: no headers, no second recipient, nothing encoded.
    'mailto:x@b.co?bcc=attacker@evil.example&body=hi',
    'mailto:dana@northwind.example?subject=Follow-up',
    'mailto:a@b.co,c@evil.example',
    'mailto:a@b.co;c@evil.example',
    'mailto:a%40evil.example',
    'mailto:x@b.co%3Fbcc=attacker@evil.example',
    'mailto:?to=attacker@evil.example',
    'mailto:a@b.co#frag',
    'mailto:a b@c.co',
    'not a url',
    '//evil.example/path',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (raw) => {
    expect(externalUrlToOpen(raw)).toBeNull();
    expect(isAllowedExternalUrl(raw)).toBe(false);
  });

  it('refuses things that are not strings at all', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl({ href: 'https://example.com' })).toBe(false);
  });
});
