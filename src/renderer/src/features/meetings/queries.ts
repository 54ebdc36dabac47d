import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';
import { downloadText } from '../../lib/download';

/** Every meetings query key. A call that ends or is logged invalidates `meetingKeys.all`. */
export const meetingKeys = {
  all: ['meetings'] as const,
  upcoming: () => [...meetingKeys.all, 'upcoming'] as const,
  forProspect: (prospectId: number) => [...meetingKeys.all, 'prospect', prospectId] as const,
  forBriefing: (briefingId: number) => [...meetingKeys.all, 'briefing', briefingId] as const,
};

/** Meetings that have not ended, soonest first: for Today. */
export const useUpcomingMeetings = (limit = 10) =>
  useQuery({
    queryKey: [...meetingKeys.upcoming(), limit],
    queryFn: () => unwrap(api.meetings.upcoming({ limit })),
  });

export const useProspectMeetings = (prospectId: number) =>
  useQuery({
    queryKey: meetingKeys.forProspect(prospectId),
    queryFn: () => unwrap(api.meetings['for-prospect']({ prospectId })),
  });

export const useBriefingMeetings = (briefingId: number) =>
  useQuery({
    queryKey: meetingKeys.forBriefing(briefingId),
    queryFn: () => unwrap(api.meetings['for-briefing']({ briefingId })),
  });

/** Asks the backend for the meeting's `.ics` and hands it to the rep as a download. */
export const useDownloadInvite = () =>
  useMutation({
    mutationFn: async (meetingId: number) => {
      const invite = await unwrap(api.meetings.invite({ id: meetingId }));
      downloadText(invite.filename, invite.ics, 'text/calendar');
      return invite;
    },
  });
