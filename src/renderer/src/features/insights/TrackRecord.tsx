import type { InsightTrackRecord } from '../../../../shared/domain/insight';

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** "Booked 3 of 5 calls · 60%", or "Not used yet" rather than a misleading 0%. */
export function trackRecordText(record: InsightTrackRecord): string {
  if (record.timesUsed === 0 || record.meetingRate === null) return 'Not used yet';
  const calls = record.timesUsed === 1 ? 'call' : 'calls';
  return `Booked ${record.meetingsBooked} of ${record.timesUsed} ${calls} · ${percent.format(record.meetingRate)}`;
}

/** The insight's record over real calls: times used, meetings booked, meeting rate. */
export function TrackRecord({ record }: { record: InsightTrackRecord }) {
  if (record.timesUsed === 0 || record.meetingRate === null) {
    return (
      <div className="track-record unused" aria-label="Track record: not used in a call yet">
        Not used yet
      </div>
    );
  }
  return (
    <dl className="track-record" aria-label={`Track record: ${trackRecordText(record)}`}>
      <div>
        <dt>Used</dt>
        <dd>{record.timesUsed}</dd>
      </div>
      <div>
        <dt>Meetings</dt>
        <dd>{record.meetingsBooked}</dd>
      </div>
      <div>
        <dt>Rate</dt>
        <dd>{percent.format(record.meetingRate)}</dd>
      </div>
    </dl>
  );
}
