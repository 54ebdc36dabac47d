import { Link } from 'wouter';
import type { DatabaseHealth } from '../../../../shared/domain/recovery';

/** Shown across every screen when the background check found damage in the open library. */
export function HealthBanner({ health }: { health: DatabaseHealth }) {
  if (health.status !== 'damaged') return null;
  return (
    <div className="banner error" role="alert">
      The background check found damage in your library file. Keep this window open and{' '}
      <Link href="/recovery">see what you can do</Link> — your backups are safe.
    </div>
  );
}
