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
        <CallRecord key={detail.id} call={detail} />
      )}
    </div>
  );
}
