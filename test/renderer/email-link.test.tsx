// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmailLink } from '../../src/renderer/src/ui/EmailLink';

afterEach(cleanup);

describe('an email address on a prospect', () => {
  it('is a mailto link when it is a plain address', () => {
    render(<EmailLink email="dana@northwind.example" />);
    expect(screen.getByRole('link', { name: 'dana@northwind.example' })).toHaveProperty(
      'href',
      'mailto:dana@northwind.example',
    );
  });

  it('is plain text, not a link, when a stored row holds more than an address', () => {
    const stored = 'x@b.co?bcc=attacker@evil.example&body=hi';
    render(<EmailLink email={stored} />);
    expect(screen.getByText(stored).closest('a')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
