import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { ApiResult } from '../../../shared/api/result';
import { unwrap } from './api';

/** The channels of a library record (a prospect, an insight) the rep writes and archives. */
interface RecordChannels<Fields, Row> {
  create: (fields: Fields) => Promise<ApiResult<Row>>;
  update: (input: { id: number; patch: Fields }) => Promise<ApiResult<Row>>;
  archive: (input: { id: number }) => Promise<ApiResult<Row>>;
  restore: (input: { id: number }) => Promise<ApiResult<Row>>;
}

/** The screens besides the libraries that show a prospect's or an insight's fields. */
const SCREENS_SHOWING_RECORDS: readonly QueryKey[] = [
  ['plans'],
  ['briefings'],
  ['review'],
  ['search'],
];

/** Refetches a stored record's own caches (`keys`) and every screen that shows records. */
export function invalidateRecordViews(queryClient: QueryClient, keys: readonly QueryKey[]) {
  for (const queryKey of [...keys, ...SCREENS_SHOWING_RECORDS]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}

/** Tells every cache that shows the stored row about it. */
type Changed<Row> = (queryClient: QueryClient, row: Row) => void;

/** Saving a record: created without an id, updated with one; then `changed` refreshes the caches. */
export function useSaveRecord<Fields, Row>(
  channels: RecordChannels<Fields, Row>,
  changed: Changed<Row>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: number; fields: Fields }) =>
      unwrap(
        input.id === undefined
          ? channels.create(input.fields)
          : channels.update({ id: input.id, patch: input.fields }),
      ),
    onSuccess: (row) => changed(queryClient, row),
  });
}

/** Archiving (or restoring) a record; then `changed` refreshes the caches. */
export function useArchiveRecord<Row>(
  channels: Pick<RecordChannels<never, Row>, 'archive' | 'restore'>,
  changed: Changed<Row>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) =>
      unwrap(archived ? channels.archive({ id }) : channels.restore({ id })),
    onSuccess: (row) => changed(queryClient, row),
  });
}
