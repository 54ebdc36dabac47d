import {
  Suspense,
  lazy,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { Link, Redirect, Route, Router, Switch, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { InsightsScreen } from '../features/insights/InsightsScreen';
import { ProspectsScreen } from '../features/prospects/ProspectsScreen';
import { HealthBanner } from '../features/recovery/HealthBanner';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useSettings } from '../features/settings/queries';
import { ApiCallError, isConnectionError } from '../lib/api-error';
import { AppCommands } from './commands/AppCommands';
import { navigationCommands } from './commands/declarations';
import { Keys } from './commands/Keys';
import { ScreenErrorBoundary } from '../ui/ScreenErrorBoundary';
import { useAppInfo } from './queries';
import { ConnectionBanner } from './ConnectionBanner';

// Screens behind the first one load on demand, keeping the first screen's JavaScript small.
const ProspectDetailScreen = lazy(() => import('../features/prospects/ProspectDetailScreen'));
const PlanScreen = lazy(() => import('../features/plans/PlanScreen'));
const CallScreen = lazy(() => import('../features/calls/CallScreen'));
const BriefingsScreen = lazy(() => import('../features/briefings/BriefingsScreen'));
const BriefingEditorScreen = lazy(() => import('../features/briefings/BriefingEditorScreen'));
const ReviewScreen = lazy(() => import('../features/review/ReviewScreen'));
const DataScreen = lazy(() => import('../features/data/DataScreen'));
const RecoveryScreen = lazy(() => import('../features/recovery/RecoveryScreen'));
const TodayScreen = lazy(() => import('../features/today/TodayScreen'));

function Lazy({ screen: Screen }: { screen: LazyExoticComponent<ComponentType> }) {
  return (
    <ScreenErrorBoundary>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Screen />
      </Suspense>
    </ScreenErrorBoundary>
  );
}

export function App() {
  const info = useAppInfo();
  const settings = useSettings();
  // Below ~1100 px the sidebar folds to a menu button; this is whether it is unfolded.
  const [navOpen, setNavOpen] = useState(false);
  const theme = settings.data?.theme ?? 'system';

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    // e2e tests wait on this instead of sleeping.
    if (info.isSuccess) document.documentElement.dataset.appReady = 'true';
  }, [info.isSuccess]);

  // Only a tab that never got in: one that did keeps its screen and says so in ConnectionBanner.
  if (!info.data && info.error instanceof ApiCallError && info.error.code === 'unauthorized') {
    return <NeedsLaunchLink />;
  }

  if (info.data?.mode === 'recovery') {
    return (
      <main className="main">
        <Lazy screen={RecoveryScreen} />
      </main>
    );
  }

  return (
    <Router hook={useHashLocation}>
      <div className="shell">
        <nav
          className="sidebar"
          aria-label="Main"
          data-open={navOpen}
          onClick={(event) => {
            if ((event.target as Element).closest('a')) setNavOpen(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && navOpen) setNavOpen(false);
          }}
        >
          <button
            type="button"
            className="nav-toggle"
            aria-expanded={navOpen}
            aria-label={navOpen ? 'Hide the menu' : 'Show the menu'}
            onClick={() => setNavOpen((open) => !open)}
          >
            <span aria-hidden="true">{navOpen ? '✕' : '☰'}</span>
          </button>
          <div className="brand">
            One<span>Up</span>
          </div>
          {navigationCommands.map((command) => (
            <NavLink
              key={command.id}
              href={command.route}
              label={command.label}
              shortcut={command.shortcut}
            />
          ))}
          <div className="sidebar-footer">
            {info.data
              ? `v${info.data.version} · ${info.data.transport === 'electron' ? 'desktop' : 'browser'}`
              : ''}
          </div>
        </nav>
        <main className="main">
          <ConnectionBanner />
          {info.isError && !isConnectionError(info.error) ? (
            <div className="banner error" role="alert">
              {info.error.message}
            </div>
          ) : null}
          {info.data ? <HealthBanner health={info.data.health} /> : null}
          <Switch>
            <Route path="/today">
              <Lazy screen={TodayScreen} />
            </Route>
            <Route path="/prospects" component={ProspectsScreen} />
            <Route path="/prospects/:id">
              <Lazy screen={ProspectDetailScreen} />
            </Route>
            <Route path="/plans/:id">
              <Lazy screen={PlanScreen} />
            </Route>
            <Route path="/calls/:id">
              <Lazy screen={CallScreen} />
            </Route>
            <Route path="/insights" component={InsightsScreen} />
            <Route path="/insights/:id" component={InsightsScreen} />
            <Route path="/briefings">
              <Lazy screen={BriefingsScreen} />
            </Route>
            <Route path="/briefings/:id">
              <Lazy screen={BriefingEditorScreen} />
            </Route>
            <Route path="/review">
              <Lazy screen={ReviewScreen} />
            </Route>
            <Route path="/data">
              <Lazy screen={DataScreen} />
            </Route>
            <Route path="/settings" component={SettingsScreen} />
            <Route path="/recovery">
              <Lazy screen={RecoveryScreen} />
            </Route>
            <Route>
              {/* Today is the first screen once there is data; an empty library starts where
                  the first prospect is added. Wait for app:info rather than guess. */}
              {info.data ? <Redirect to={info.data.isEmpty ? '/prospects' : '/today'} /> : null}
            </Route>
          </Switch>
        </main>
      </div>
      <AppCommands />
    </Router>
  );
}

function NavLink({ href, label, shortcut }: { href: string; label: string; shortcut?: string }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {label}
      {shortcut && <Keys shortcut={shortcut} />}
    </Link>
  );
}

/** Kept for screens that still listen for their own keys; new ones use useCommands. */
export { isTyping } from './commands/keys';

/**
 * Shown when the page was opened without the current launch token, e.g. from a bookmark or after
 * the host restarted. Pasting the link into this tab is enough (see adoptNewLaunchLinks).
 */
function NeedsLaunchLink() {
  return (
    <main className="main">
      <section className="card empty" aria-labelledby="token-title">
        <h1 id="token-title">Open OneUp from the link it printed</h1>
        <p role="alert">
          This page does not have OneUp’s current private link. Each start of{' '}
          <code>npm run web</code> prints a new one ending in <code>#token=…</code>; paste it into
          this tab’s address bar. The link keeps other pages on this computer from reading your
          library.
        </p>
      </section>
    </main>
  );
}
