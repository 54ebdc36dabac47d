// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectField, TextField } from '../../src/renderer/src/ui/Field';
import { FormFooter } from '../../src/renderer/src/ui/FormFooter';
import { ListScreen } from '../../src/renderer/src/ui/ListScreen';

afterEach(cleanup);

describe('Field', () => {
  it('keeps an id other code points at, and still names the control by its label', () => {
    render(
      <TextField
        id="review-search"
        label={
          <>
            Search openers <kbd>/</kbd>
          </>
        }
      />,
    );
    const box = screen.getByLabelText(/Search openers/);
    expect(box.id).toBe('review-search');
  });

  it('announces an error at the field and describes the control with it', () => {
    render(<TextField label="Source link" error="Enter a link starting with https://" />);
    const box = screen.getByLabelText('Source link');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const description = document.getElementById(box.getAttribute('aria-describedby')!);
    expect(description?.textContent).toBe('Enter a link starting with https://');
    expect(screen.getByRole('alert').textContent).toBe('Enter a link starting with https://');
  });

  it('a select lists its options in order and is named by its label', () => {
    render(
      <SelectField
        label="Outcome"
        options={[
          ['', 'Any'],
          ['meeting_booked', 'Meeting booked'],
        ]}
      />,
    );
    const select = screen.getByLabelText('Outcome') as HTMLSelectElement;
    expect([...select.options].map((option) => option.text)).toEqual(['Any', 'Meeting booked']);
  });
});

describe('FormFooter', () => {
  it('says each error once, and offers Restore for an archived record while its archive is idle', () => {
    const toggled: string[] = [];
    const cancelled: string[] = [];
    render(
      <FormFooter
        errors={['Could not save: the disk is full', null, 'Could not archive: no such prospect']}
        archive={{ archived: true, pending: false, onToggle: () => toggled.push('toggle') }}
        submitDisabled={false}
        submitLabel="Save changes"
        onCancel={() => cancelled.push('cancel')}
      />,
    );
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'Could not save: the disk is full',
      'Could not archive: no such prospect',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect([toggled, cancelled]).toEqual([['toggle'], ['cancel']]);
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', false);
  });

  it('a new record has no Archive; saving and archiving disable their buttons; Cancel can be renamed', () => {
    const { rerender } = render(
      <FormFooter
        errors={[null]}
        submitDisabled
        submitLabel="Add prospect"
        onCancel={() => undefined}
      />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add prospect' })).toHaveProperty('disabled', true);
    rerender(
      <FormFooter
        errors={[]}
        archive={{ archived: false, pending: true, onToggle: () => undefined }}
        submitDisabled={false}
        submitLabel="Save changes"
        cancelLabel="Back to the call"
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Archive' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Back to the call' })).toBeTruthy();
  });
});

describe('ListScreen', () => {
  it('shows the title, the count, the actions, the toolbar and the list with its footer', () => {
    render(
      <ListScreen
        title="Insights"
        count="12 insights"
        actions={<button type="button">New insight</button>}
        toolbar={<input aria-label="Search insights" />}
        footer={<span role="status">1–12 of 12</span>}
      >
        <ul aria-label="Insights" />
      </ListScreen>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Insights');
    expect(screen.getByText('12 insights')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New insight' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Search insights' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Insights' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1–12 of 12');
  });

  it('an empty library replaces the toolbar and the list; a null count shows nothing', () => {
    render(
      <ListScreen
        title="Prospects"
        count={null}
        empty={<p>Start with the people you will call</p>}
        toolbar={<input aria-label="Search prospects" />}
        error="not shown either"
      >
        <table aria-label="Prospects" />
      </ListScreen>,
    );
    expect(screen.getByText('Start with the people you will call')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('.list-screen-count')).toBeNull();
  });

  it('a failure to load is an alert above the list', () => {
    render(
      <ListScreen title="Insights" error="OneUp is not reachable.">
        <ul aria-label="Insights" />
      </ListScreen>,
    );
    expect(screen.getByRole('alert').textContent).toBe('OneUp is not reachable.');
  });
});
