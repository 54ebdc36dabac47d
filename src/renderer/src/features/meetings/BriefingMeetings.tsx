import { MeetingList } from './MeetingList';
import { useBriefingMeetings } from './queries';
import './meetings.css';

/** On a briefing's page: which meeting(s) it is for, with their invites. */
export function BriefingMeetings({ briefingId }: { briefingId: number }) {
  const meetings = useBriefingMeetings(briefingId);
  if (!meetings.data || meetings.data.length === 0) return null;
  return (
    <section
      className="card meetings-card briefing-meetings"
      aria-labelledby="briefing-meetings-title"
    >
      <h2 id="briefing-meetings-title" className="panel-title">
        {meetings.data.length === 1 ? 'For the meeting' : 'For the meetings'}
      </h2>
      <MeetingList meetings={meetings.data} showProspect showBriefing={false} />
    </section>
  );
}
