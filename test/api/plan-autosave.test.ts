import { describe, expect, it, vi } from 'vitest';
import * as checker from '../../src/shared/checker';
import { ONE_DOWN, ONE_UP, apiHarness } from '../helpers/api';

// The real checker, counted: an autosave that changes nothing it reads must not run it.
vi.mock('../../src/shared/checker', async (importOriginal) => {
  const real = await importOriginal<typeof checker>();
  return { ...real, checkOpener: vi.fn(real.checkOpener) };
});

describe('saving a plan as the rep types', () => {
  it('writes each save once, and checks the opener only when what the check reads changed', async () => {
    const { backend, call } = apiHarness();
    const prospect = await call('prospects:create', { name: 'Dana Whitfield' });
    const created = await call('plans:create', {
      prospectId: prospect.id,
      opener: ONE_DOWN,
    });
    const changes = () => backend.db.prepare('SELECT total_changes()').pluck().get() as number;
    const checks = vi.mocked(checker.checkOpener);

    checks.mockClear();
    let before = changes();
    const objective = await call('plans:update', {
      id: created.plan.id,
      baseRevision: created.plan.revision,
      patch: { objective: 'Book a briefing' },
    });
    expect(changes() - before).toBe(1);
    expect(checks).not.toHaveBeenCalled();
    // The stored check still describes the opener, which did not change.
    expect(objective.checkResult).toEqual(created.plan.checkResult);

    before = changes();
    const opener = await call('plans:update', {
      id: created.plan.id,
      baseRevision: objective.revision,
      patch: { opener: ONE_UP },
    });
    expect(changes() - before).toBe(1);
    expect(checks).toHaveBeenCalledTimes(1);
    expect(opener.checkResult?.verdict).not.toBe('blocked');
    expect(opener.revision).toBe(objective.revision + 1);
  });
});
