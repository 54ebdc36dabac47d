import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchStartupQueries } from './app/queries';
import { adoptTokenFromUrl } from './lib/api';
import './app/theme.css';

adoptTokenFromUrl();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 },
  },
});

prefetchStartupQueries(queryClient, window.location.hash.replace(/^#/u, '').split('?')[0] ?? '');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
