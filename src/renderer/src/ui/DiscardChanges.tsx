import { useEffect, useRef } from 'react';

/**
 * Asked inside a form's dialog when it is closed with changes not saved: keep editing (the
 * default, focused) or throw them away. Nothing typed is lost without this second choice.
 */
export function DiscardChanges({
  onKeepEditing,
  onDiscard,
}: {
  onKeepEditing: () => void;
  onDiscard: () => void;
}) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="discard-changes" role="alert">
      <span>Close without saving? What you typed here will be lost.</span>
      <span className="discard-changes-actions">
        <button type="button" className="button primary" ref={keep} onClick={onKeepEditing}>
          Keep editing
        </button>
        <button type="button" className="button danger" onClick={onDiscard}>
          Discard changes
        </button>
      </span>
    </div>
  );
}
