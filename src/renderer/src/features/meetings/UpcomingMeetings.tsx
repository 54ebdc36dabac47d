import { MeetingList } from './MeetingList';
import { useUpcomingMeetings } from './queries';
import './meetings.css';

/**
 * The meetings the rep has coming, soonest first, for the Today screen. It renders its own card
 * and heading, so Today only places it.
 */
export function UpcomingMeetings({ limit = 10 }: { limit?: number }) {
  const meetings = useUpcomingMeetings(limit);
  return (
    <section className="card meetings-card" aria-labelledby="upcoming-meetings-title">
      <h2 id="upcoming-meetings-title" className="panel-title">
        Upcoming meetings
      </h2>
      {meetings.isError ? (
        <div className="banner error" role="alert">
          {meetings.error.message}
        </div>
      ) : !meetings.data ? (
        <p className="muted">Loading…</p>
      ) : meetings.data.length === 0 ? (
        <p className="muted">
          No meetings booked yet. A call ended with “Meeting booked” adds one.
        </p>
      ) : (
        <MeetingList meetings={meetings.data} showProspect />
      )}
    </section>
  );
}
