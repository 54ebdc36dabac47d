// The page's first script: a separate entry that index.html loads before the app's own bundle
// (see earlyEntry in electron.vite.config.ts), and main.tsx's first import, so it runs exactly
// once either way. It adopts the launch token and sends the start-up requests while the rest of
// the app's JavaScript is still being downloaded and evaluated; app/startup.ts hands the replies
// to the query cache. Keep its imports small: everything here delays the first request.
import { hashPathOf, startStartupRequests } from './app/startup-requests';
import { adoptTokenFromUrl } from './lib/transport';

adoptTokenFromUrl();
startStartupRequests(hashPathOf(window.location.hash));
