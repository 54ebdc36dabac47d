import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { CallDetail, CallNote } from '../../../../shared/domain/call';
import { api, unwrap } from '../../lib/api';

export const callKey = (id: number) => ['calls', id] as const;

export const useCallDetail = (id: number) =>
  useQuery<CachedCall>({
    queryKey: callKey(id),
    queryFn: () => unwrap(api.calls.get({ id })),
    // The live screen owns its notes and draft while it is open; a refetch would only race it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const addNote = (input: ChannelInput<'calls:add-note'>) =>
  unwrap(api.calls['add-note'](input));

export const saveDraft = (input: ChannelInput<'calls:save-draft'>) =>
  unwrap(api.calls['save-draft'](input));

/** Puts a confirmed note into the cached call, in spoken order. */
export function useRememberNote() {
  const queryClient = useQueryClient();
  return (note: CallNote) =>
    queryClient.setQueryData<CallDetail>(callKey(note.callId), (call) =>
      call
        ? {
            ...call,
            notes: [...call.notes.filter((n) => n.id !== note.id), note].sort(
              (a, b) => a.offsetMs - b.offsetMs || a.id - b.id,
            ),
          }
        : call,
    );
}

export function useEditNote() {
  const remember = useRememberNote();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:edit-note'>) => unwrap(api.calls['edit-note'](input)),
    onSuccess: remember,
  });
}

/**
 * The call as this window holds it: the backend's detail (whose `draft` is what the backend
 * confirmed) plus the newest text typed here, which may still be on its way.
 */
export type CachedCall = CallDetail & { typedDraft?: { body: string; revision: number } };

/**
 * Keeps the newest text typed into a call's box in the cache, so the call reopened in this
 * window shows it and counts revisions on from it even while its save is still on the way.
 */
export function useRememberDraft() {
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      typed: (callId: number, typedDraft: { body: string; revision: number }) =>
        queryClient.setQueryData<CachedCall>(callKey(callId), (call) =>
          call ? { ...call, typedDraft } : call,
        ),
      confirmed: (callId: number, draft: { body: string; revision: number; at: Date }) =>
        queryClient.setQueryData<CachedCall>(callKey(callId), (call) =>
          call && (call.draft?.revision ?? -1) <= draft.revision
            ? {
                ...call,
                draft: {
                  callId,
                  body: draft.body,
                  revision: draft.revision,
                  savedAt: draft.at.toISOString(),
                },
              }
            : call,
        ),
    }),
    [queryClient],
  );
}

/** Anything that lists calls or counts outcomes is out of date once a call ends or is logged. */
function useInvalidateCallLists() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (query) =>
        !(query.queryKey[0] === 'calls' && typeof query.queryKey[1] === 'number'),
    });
}

export function useEndCall() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCallLists();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:end'>) => unwrap(api.calls.end(input)),
    onSuccess: (call) => {
      queryClient.setQueryData<CallDetail>(callKey(call.id), (detail) =>
        detail ? { ...detail, ...call } : detail,
      );
      void invalidate();
    },
  });
}

export function useLogCall() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCallLists();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:log'>) => unwrap(api.calls.log(input)),
    onSuccess: (call) => {
      queryClient.setQueryData(callKey(call.id), call);
      void invalidate();
    },
  });
}
