import type { CallingWindow } from '../../../shared/domain/calling-hours';
import './calling-window.css';

/**
 * The prospect's local time against the rep's calling hours, in words as well as colour: "10:02
 * EST", or a warning that it is outside calling hours or unknown, with the reason.
 */
export function CallingWindowBadge({
  window,
  detailed = false,
}: {
  window: CallingWindow;
  /** Say the reason in full (plan header, Dial dialog) rather than in a tooltip. */
  detailed?: boolean;
}) {
  switch (window.status) {
    case 'inside':
      return (
        <span className="calling-window inside">
          <span aria-hidden="true">●</span> {window.localTime}
          <span className="visually-hidden">, inside your calling hours</span>
        </span>
      );
    case 'outside':
      return (
        <span className="calling-window outside" title={window.reason}>
          <span aria-hidden="true">⚠</span>{' '}
          {detailed ? window.reason : `${window.localTime} · outside calling hours`}
        </span>
      );
    case 'unknown':
      return (
        <span className="calling-window unknown" title={window.reason}>
          <span aria-hidden="true">?</span> {detailed ? window.reason : 'Local time unknown'}
        </span>
      );
  }
}
