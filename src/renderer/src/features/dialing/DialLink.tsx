import { useState } from 'react';
import { copyText, useDialHandoff } from './useDialHandoff';
import './dialing.css';

interface Props {
  phone: string;
  /** Called when the number goes to the phone, so the screen can ask how the call went. */
  onHandOff?: () => void;
}

/**
 * A prospect's number that dials the way the rep chose in Settings: a `tel:`, `callto:` or
 * `sip:` link, or a button that copies it for any other dialer.
 */
export function DialLink({ phone, onHandOff }: Props) {
  const { handoff, urlOf } = useDialHandoff();
  const [copied, setCopied] = useState<boolean | null>(null);
  const url = urlOf(phone);
  if (handoff !== 'copy' && url) {
    return (
      <a className="dial-link" href={url} aria-label={`Dial ${phone}`} onClick={onHandOff}>
        {phone}
      </a>
    );
  }
  if (handoff !== 'copy') return <span>{phone}</span>;
  return (
    <span className="dial-copy">
      <span>{phone}</span>
      <button
        type="button"
        className="button dial-copy-button"
        aria-label={`Copy ${phone}`}
        onClick={() => {
          void copyText(phone).then((ok) => {
            setCopied(ok);
            if (ok) onHandOff?.();
          });
        }}
      >
        Copy
      </button>
      <span role="status" className="muted">
        {copied === true ? 'Copied' : copied === false ? 'Copy refused: select the number' : ''}
      </span>
    </span>
  );
}
