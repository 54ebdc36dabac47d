// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DialLink } from '../../src/renderer/src/features/dialing/DialLink';
import { settingsKeys } from '../../src/renderer/src/features/settings/queries';
import type { DialHandoff } from '../../src/shared/domain/dialing';
import { DEFAULT_SETTINGS } from '../../src/shared/domain/settings';

const PHONE = '+1 757 555 0142';

/** The link as the rep's settings make it; the settings are in the cache, nothing is fetched. */
function show(dialHandoff: DialHandoff, onHandOff: () => void) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  client.setQueryData(settingsKeys.all, { ...DEFAULT_SETTINGS, dialHandoff });
  render(
    <QueryClientProvider client={client}>
      <DialLink phone={PHONE} onHandOff={onHandOff} />
    </QueryClientProvider>,
  );
}

/** What the page may do with the clipboard: the async API and the old selection copy. */
function clipboard(writeText: (text: string) => Promise<void>, execCopy: boolean) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  Object.defineProperty(document, 'execCommand', { value: () => execCopy, configurable: true });
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
});

describe('a number handed to any phone', () => {
  it('is a softphone link that says a call is being made when clicked', () => {
    const handedOff = vi.fn();
    show('sip', handedOff);
    const link = screen.getByRole('link', { name: `Dial ${PHONE}` });
    expect(link.getAttribute('href')).toBe('sip:+17575550142');
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(handedOff).toHaveBeenCalledTimes(1);
  });

  it('is copied for any other dialer, and only a copy that worked counts as a hand-off', async () => {
    const handedOff = vi.fn();
    const writeText = vi.fn(() => Promise.resolve());
    clipboard(writeText, false);
    show('copy', handedOff);
    fireEvent.click(screen.getByRole('button', { name: `Copy ${PHONE}` }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(PHONE);
    expect(handedOff).toHaveBeenCalledTimes(1);

    cleanup();
    handedOff.mockClear();
    clipboard(() => Promise.reject(new Error('denied')), false);
    show('copy', handedOff);
    fireEvent.click(screen.getByRole('button', { name: `Copy ${PHONE}` }));
    expect(await screen.findByText('Copy refused: select the number')).toBeTruthy();
    expect(handedOff).not.toHaveBeenCalled();
  });
});
