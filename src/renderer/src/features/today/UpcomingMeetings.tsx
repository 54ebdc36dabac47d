/**
 * SLOT for the lead to wire: the meetings booked for today and the next days (the "meetings"
 * work adds the table and the capture). It renders nothing until then, so Today's layout and
 * its tests do not change when it lands.
 */
export function UpcomingMeetings() {
  return null;
}
