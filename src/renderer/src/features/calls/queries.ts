import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ChannelInput } from '../../../../shared/api/contract';
import type { Call, CallDetail, CallDraft, CallNote } from '../../../../shared/domain/call';
import { api, unwrap } from '../../lib/api';

/** Every calls query key, in one place, so a mutation names exactly what it changes. */
export const callKeys = {
  all: ['calls'] as const,
  lists: () => [...callKeys.all, 'list'] as const,
  forProspect: (prospectId: number) => [...callKeys.lists(), prospectId] as const,
  details: () => [...callKeys.all, 'detail'] as const,
  detail: (id: number) => [...callKeys.details(), id] as const,
};

/**
 * The call as this window holds it: the backend's detail (whose `draft` is what the backend
 * confirmed) plus the newest text typed here, which may still be on its way.
 */
export type CachedCall = CallDetail & { typedDraft?: { body: string; revision: number } };

export const useCallDetail = (id: number) =>
  useQuery<CachedCall>({
    queryKey: callKeys.detail(id),
    queryFn: () => unwrap(api.calls.get({ id })),
    // The live screen owns its notes and draft while it is open, and every write below puts the
    // stored row back into this entry, so a refetch would only race the screen; notes added in
    // another tab come in through useCallFromOtherTabs, which merges instead of replacing.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

/**
 * Merges a call read afresh into the cached one, for a screen that another tab may change under
 * it: notes are united by id (the newer revision of each wins, and a note this window has just
 * added is never dropped by a reply read before it landed), the stored draft only moves to a newer
 * revision, and the text typed here stays. The rest (an outcome set elsewhere) is taken as read.
 */
function mergeFreshCall(cached: CachedCall | undefined, fresh: CallDetail): CachedCall {
  if (!cached) return fresh;
  const notes = new Map(cached.notes.map((note) => [note.id, note]));
  for (const note of fresh.notes) {
    const known = notes.get(note.id);
    if (!known || known.revision <= note.revision) notes.set(note.id, note);
  }
  const newerDraft = (fresh.draft?.revision ?? -1) > (cached.draft?.revision ?? -1);
  return {
    ...fresh,
    notes: [...notes.values()].sort((a, b) => a.offsetMs - b.offsetMs || a.id - b.id),
    draft: newerDraft ? fresh.draft : cached.draft,
    ...(cached.typedDraft ? { typedDraft: cached.typedDraft } : {}),
  };
}

/** How often an open live call asks for notes added in another tab, while the page is shown. */
const OTHER_TABS_POLL_MS = 5000;

/**
 * Where this browser's tabs and windows on one host tell each other that a call changed (a note
 * added or corrected, the call ended), so another tab on the same call reads it at once instead of
 * at its next look. Only the call's id is sent; each tab reads the call itself. A window on
 * another host or profile hears nothing and still finds the change by looking.
 */
const CALL_CHANGES = 'oneup.call-changed';

function announceCallChanged(callId: number): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CALL_CHANGES);
  channel.postMessage({ callId });
  channel.close();
}

/**
 * Keeps an open call up to date with what another tab (or window) on the same call adds: reads
 * the call again when another tab announces a change, when the page comes back into view or gets
 * focus, and (`poll`, the live screen) every few seconds while it is shown. Only the cached call
 * changes; the notes box is the screen's own. The record of an ended call listens too: a note
 * another tab sends after the ending (one this tab could not send) shows there as saved.
 */
export function useCallFromOtherTabs(callId: number, { poll = true }: { poll?: boolean } = {}) {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stopped = false;
    let inFlight = false;
    // A change announced while a read is on its way may be newer than what that read sees.
    let lookAgain = false;
    const refresh = () => {
      if (document.visibilityState === 'hidden') return;
      if (inFlight) {
        lookAgain = true;
        return;
      }
      inFlight = true;
      lookAgain = false;
      unwrap(api.calls.get({ id: callId }))
        .then((fresh) => {
          if (stopped) return;
          queryClient.setQueryData<CachedCall>(callKeys.detail(callId), (cached) =>
            mergeFreshCall(cached, fresh),
          );
        })
        // The host may be down: the next look tries again, and the screen says what is unsaved.
        .catch(() => undefined)
        .finally(() => {
          inFlight = false;
          if (lookAgain && !stopped) refresh();
        });
    };
    const changes =
      typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CALL_CHANGES);
    if (changes) {
      changes.onmessage = (event: MessageEvent<{ callId?: unknown }>) => {
        if (event.data?.callId === callId) refresh();
      };
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisibility);
    const timer = poll ? setInterval(refresh, OTHER_TABS_POLL_MS) : undefined;
    // Without the periodic look (the record), one look now: a change announced just before this
    // screen began to listen (while the live screen it replaced was closing) is not missed.
    if (!poll) refresh();
    return () => {
      stopped = true;
      changes?.close();
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [callId, poll, queryClient]);
}

/** A prospect's calls, newest first: the prospect timeline. */
export const useCallsForProspect = (prospectId: number) =>
  useQuery({
    queryKey: callKeys.forProspect(prospectId),
    queryFn: () => unwrap(api.calls.list({ prospectId })),
  });

/** Puts a confirmed note into the cached call, in spoken order. */
function rememberNote(queryClient: QueryClient, note: CallNote) {
  queryClient.setQueryData<CachedCall>(callKeys.detail(note.callId), (call) =>
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

/**
 * Adds a note to a live call. The caller retries with the same client id, so this mutation does
 * not retry by itself; each confirmed note goes straight into the cached call.
 */
export function useAddNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:add-note'>) => unwrap(api.calls['add-note'](input)),
    onSuccess: (note, { draftRevision }) => {
      rememberNote(queryClient, note);
      announceCallChanged(note.callId);
      // The note's save cleared the stored draft at its revision, as the backend does.
      if (draftRevision !== undefined) {
        rememberDraft(queryClient, {
          callId: note.callId,
          body: '',
          revision: draftRevision,
          savedAt: note.createdAt,
        });
      }
    },
  });
}

/** Corrects a note after the call; the backend refuses an edit based on an older revision. */
export function useEditNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:edit-note'>) => unwrap(api.calls['edit-note'](input)),
    onSuccess: (note) => {
      rememberNote(queryClient, note);
      announceCallChanged(note.callId);
    },
  });
}

/**
 * Saves the text still in a call's notes box. The backend answers with the draft it now holds
 * (a stale revision changes nothing and gets the newer one back), and only a newer stored
 * revision replaces the cached one, because replies can arrive out of order.
 */
export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:save-draft'>) => unwrap(api.calls['save-draft'](input)),
    onSuccess: ({ draft }) => rememberDraft(queryClient, draft),
  });
}

function rememberDraft(queryClient: QueryClient, draft: CallDraft) {
  queryClient.setQueryData<CachedCall>(callKeys.detail(draft.callId), (call) =>
    call && (call.draft?.revision ?? -1) <= draft.revision ? { ...call, draft } : call,
  );
}

/**
 * Keeps the newest text typed into a call's box in the cache, so the call reopened in this
 * window shows it and counts revisions on from it even while its save is still on the way.
 */
export function useRememberTypedDraft() {
  const queryClient = useQueryClient();
  return useMemo(
    () => (callId: number, typedDraft: { body: string; revision: number }) =>
      queryClient.setQueryData<CachedCall>(callKeys.detail(callId), (call) =>
        call ? { ...call, typedDraft } : call,
      ),
    [queryClient],
  );
}

/**
 * A call that ends or is logged changes what other features show: the prospect's timeline and
 * last contact, the review list and its rates, the track record of the insights it used, the
 * meetings lists (a booked call may add one, a corrected outcome cancel one) and Today's
 * queue (an ending may set a follow-up, and the call's plan is no longer ready to dial).
 * Those features key their queries under their own name, so the feature root is what is stale.
 */
const AFTER_CALL = ['prospects', 'review', 'insights', 'plans', 'meetings', 'today'] as const;

function invalidateAfterCall(queryClient: QueryClient, call: Call) {
  void queryClient.invalidateQueries({ queryKey: callKeys.forProspect(call.prospectId) });
  for (const feature of AFTER_CALL) {
    void queryClient.invalidateQueries({ queryKey: [feature] });
  }
}

export function useEndCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:end'>) => unwrap(api.calls.end(input)),
    onSuccess: (call) => {
      queryClient.setQueryData<CachedCall>(callKeys.detail(call.id), (detail) =>
        detail ? { ...detail, ...call } : detail,
      );
      invalidateAfterCall(queryClient, call);
      announceCallChanged(call.id);
    },
  });
}

export function useLogCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'calls:log'>) => unwrap(api.calls.log(input)),
    onSuccess: (call) => {
      queryClient.setQueryData<CachedCall>(callKeys.detail(call.id), call);
      invalidateAfterCall(queryClient, call);
    },
  });
}

/**
 * Starts the briefing for the meeting a call booked (or finds the one it has): the call's record
 * then links it, as do the meeting's invite and the briefings list.
 */
export function usePrepareBriefing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (callId: number) => unwrap(api.calls['prepare-briefing']({ callId })),
    onSuccess: (_prepared, callId) => {
      for (const queryKey of [callKeys.detail(callId), ['briefings'], ['meetings']]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
