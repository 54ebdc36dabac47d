import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/api/contract';
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

/**
 * A changed or cancelled meeting shows wherever meetings are listed: Today, the prospect (its
 * upcoming list and timeline) and the call that booked it.
 */
function refreshMeetingViews(queryClient: QueryClient) {
  for (const feature of ['meetings', 'prospects', 'calls'] as const) {
    void queryClient.invalidateQueries({ queryKey: [feature] });
  }
}

export const useChangeMeeting = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'meetings:update'>) => unwrap(api.meetings.update(input)),
    onSuccess: () => refreshMeetingViews(queryClient),
  });
};

/** Cancels the meeting and hands the rep its cancellation (.ics) for the calendars. */
export const useCancelMeeting = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (meetingId: number) => {
      const cancelled = await unwrap(api.meetings.cancel({ id: meetingId }));
      const invite = await unwrap(api.meetings.invite({ id: meetingId }));
      downloadText(invite.filename, invite.ics, 'text/calendar');
      return cancelled;
    },
    onSuccess: () => refreshMeetingViews(queryClient),
  });
};
