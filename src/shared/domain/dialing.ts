/**
 * How OneUp hands a number to the rep's phone: the system dialer (`tel:`), Skype-style softphones
 * (`callto:`), a SIP softphone (`sip:`), or the clipboard for a dialer that takes none of those.
 */
export const DIAL_HANDOFFS = ['tel', 'callto', 'sip', 'copy'] as const;

export type DialHandoff = (typeof DIAL_HANDOFFS)[number];

export const DIAL_HANDOFF_LABELS: Record<DialHandoff, string> = {
  tel: 'Phone app (tel: links)',
  callto: 'Softphone that takes callto: links',
  sip: 'SIP softphone (sip: links)',
  copy: 'Copy the number to paste into any dialer',
};

/**
 * The link that hands `phone` to the dialer, or null for "copy" and for a number too short to
 * dial. Only digits, one leading + and an extension reach the link, so nothing typed into a
 * phone field can add parameters or another scheme.
 */
export function dialUrlOf(phone: string, handoff: DialHandoff): string | null {
  const tel = telUrlOf(phone);
  if (!tel) return null;
  switch (handoff) {
    case 'tel':
      return tel;
    case 'callto':
      return `callto:${tel.slice('tel:'.length).replace(';ext=', ',')}`;
    case 'sip':
      return `sip:${tel.slice('tel:'.length).replace(';ext=', ',')}`;
    case 'copy':
      return null;
  }
}

/** `+1 (757) 555-0142 ext. 12` → `tel:+17575550142;ext=12`. */
export function telUrlOf(phone: string): string | null {
  const match = /^(.*?)(?:\s*(?:x|ext\.?)\s*(\d{1,6}))?$/iu.exec(phone.trim());
  const digits = (match?.[1] ?? '').replace(/[^\d+]/gu, '').replace(/(?!^)\+/gu, '');
  if (digits.replace(/\D/gu, '').length < 5) return null;
  return `tel:${digits}${match?.[2] ? `;ext=${match[2]}` : ''}`;
}
