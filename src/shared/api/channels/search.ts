import { globalSearchInput, type GlobalSearchResult } from '../../domain/search';
import { channel } from '../channel';

export const searchChannels = {
  'search:global': channel<GlobalSearchResult>()(globalSearchInput),
} as const;
