import { useState } from 'react';
import type { Meeting } from '../../../../shared/domain/meeting';
import { MeetingList } from './MeetingList';
import { useProspectMeetings } from './queries';
import './meetings.css';

/** A prospect's meetings still to come, for the prospect page; past ones are in the timeline. */
export function ProspectMeetings({ prospectId }: { prospectId: number }) {
  const meetings = useProspectMeetings(prospectId);
  // When the page opened: a meeting ending while it is open stays listed until the next visit.
  const [openedAt] = useState(() => Date.now());
  const upcoming = (meetings.data ?? [])
    .filter(
      (meeting: Meeting) =>
        Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000 > openedAt,
    )
    .reverse();
  if (upcoming.length === 0) return null;
  return (
    <section className="card meetings-card" aria-labelledby="prospect-meetings-title">
      <h2 id="prospect-meetings-title" className="panel-title">
        Upcoming meetings
      </h2>
      <MeetingList meetings={upcoming} />
    </section>
  );
}
