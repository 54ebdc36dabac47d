import { globalSearchInput, type GlobalSearchResult } from '../../domain/search';
import { readChannel } from '../channel';

export const searchChannels = {
  'search:global': readChannel<GlobalSearchResult>()(globalSearchInput),
} as const;
