import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Keeps one broken screen (a chunk that failed to load, a render error) from blanking the whole
 * app: the rep sees what happened and can reload, and the navigation still works.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="card empty" role="alert">
        <h2>This screen could not be shown</h2>
        <p>{this.state.error.message}</p>
        <p>Nothing you saved is affected.</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Reload OneUp
        </button>
      </section>
    );
  }
}
