import { useState } from 'react';
import { useParams } from 'wouter';
import { CallRecord } from './CallRecord';
import { LiveCall } from './LiveCall';
import { useCallDetail } from './queries';
import '../plans/plans.css';
import '../prospects/prospect-detail.css';
import './calls.css';

/**
 * `/calls/:id`: the live call screen while the call has no outcome, its record once it has one.
 * The live screen is keyed by the call id, so moving to another call starts a fresh one and the
 * old one writes its pending draft to its own call on the way out.
 */
export default function CallScreen() {
  const id = Number(useParams<{ id: string }>().id);
  const call = useCallDetail(id);
  // The call this screen showed live: when it gets its outcome, its record is what the rep has
  // just ended, and Next prospect takes focus there.
  const [liveId, setLiveId] = useState<number | null>(null);
  if (call.data?.id === id && call.data.outcome === null && liveId !== id) setLiveId(id);
  if (call.isError) {
    return (
      <div className="banner error" role="alert">
        {call.error.message}
      </div>
    );
  }
  const detail = call.data;
  if (!detail || detail.id !== id) return <p className="muted">Loading…</p>;
  return (
    <div className="call-screen">
      {detail.outcome === null ? (
        <LiveCall key={detail.id} call={detail} />
      ) : (
        <CallRecord key={detail.id} call={detail} justEnded={liveId === detail.id} />
      )}
    </div>
  );
}
