import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../lib/api';

/** Prospects, insights and call notes matching what the rep typed into the palette. */
export function useGlobalSearch(query: string) {
  const trimmed = query.trimStart();
  return useQuery({
    queryKey: ['search', 'global', trimmed],
    queryFn: () => unwrap(api.search.global({ query: trimmed, limit: 5 })),
    enabled: trimmed.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
