import { dialUrlOf, type DialHandoff } from '../../../../shared/domain/dialing';
import { useSettings } from '../settings/queries';

/**
 * Puts text on the clipboard. The async Clipboard API first; the desktop app denies every
 * permission request, which may include clipboard writes, so the old selection copy (allowed
 * during the click that asked for it) is the fallback.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // Deprecated, but the one copy that needs no permission: the fallback where the API is refused.
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** The rep's chosen hand-off ("tel" until the settings load) and the link for a number. */
export function useDialHandoff() {
  const settings = useSettings();
  const handoff: DialHandoff = settings.data?.dialHandoff ?? 'tel';
  return {
    handoff,
    urlOf: (phone: string) => dialUrlOf(phone, handoff),
    /** Hands the number over as the rep chose: opens the link, or copies the number. */
    async handOff(phone: string): Promise<'opened' | 'copied' | 'failed'> {
      const url = dialUrlOf(phone, handoff);
      if (url) {
        // The desktop app hands dial links to the OS (see main/electron/external-urls.ts).
        window.open(url, '_blank', 'noopener');
        return 'opened';
      }
      return (await copyText(phone)) ? 'copied' : 'failed';
    },
  };
}
