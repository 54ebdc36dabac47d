import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import type { BriefingProspect } from '../../../../shared/domain/briefing';
import { errorIdOf, FieldError } from '../../ui/Field';
import { fetchProspectMatches, useProspectMatches } from './queries';
import { LIMITS } from '../../../../shared/domain/fields';

interface Props {
  value: BriefingProspect | null;
  onChange: (prospect: BriefingProspect | null) => void;
  /** Whether "no prospect" (a reusable template) is a valid choice. */
  allowTemplate: boolean;
  error?: string | undefined;
}

const toBriefingProspect = ({ id, name, title, company }: BriefingProspect): BriefingProspect => ({
  id,
  name,
  title,
  company,
});

export function describeProspect(prospect: BriefingProspect): string {
  const role = [prospect.title, prospect.company].filter(Boolean).join(', ');
  return role ? `${prospect.name} · ${role}` : prospect.name;
}

/**
 * Who the briefing is for: a search over the prospects (there may be 100k, so no select), or no
 * one, which makes it a reusable template.
 */
export function ProspectPicker({ value, onChange, allowTemplate, error }: Props) {
  const id = useId();
  const [open, setOpen] = useState(value === null && !allowTemplate);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const matches = useProspectMatches(query);
  const queryClient = useQueryClient();
  const chooseFirstMatch = async () => {
    const [first] = await fetchProspectMatches(queryClient, search.trim());
    if (first) choose(toBriefingProspect(first));
  };
  const choose = (prospect: BriefingProspect | null) => {
    onChange(prospect);
    setOpen(false);
    setSearch('');
  };

  return (
    <fieldset className="prospect-picker" aria-describedby={error ? errorIdOf(id) : undefined}>
      <legend>For</legend>
      <div className="prospect-current">
        <span className={value ? 'prospect-chosen' : 'muted'} data-testid="briefing-for">
          {value
            ? describeProspect(value)
            : allowTemplate
              ? 'Template: no prospect, reusable for anyone'
              : 'Choose who this briefing is for.'}
        </span>
        {!open ? (
          <button type="button" className="button small" onClick={() => setOpen(true)}>
            {value ? 'Change prospect' : 'Choose a prospect'}
          </button>
        ) : null}
        {value && allowTemplate ? (
          <button type="button" className="button small" onClick={() => choose(null)}>
            Make it a template
          </button>
        ) : null}
      </div>
      {open ? (
        <div className="prospect-search">
          <label htmlFor={`${id}-search`} className="visually-hidden">
            Find a prospect
          </label>
          <input
            id={`${id}-search`}
            className="search-input compact"
            type="search"
            maxLength={LIMITS.query}
            placeholder="Find a prospect by name or company…"
            autoFocus
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void chooseFirstMatch();
              } else if (event.key === 'Escape' && (value || allowTemplate)) {
                event.stopPropagation();
                setOpen(false);
              }
            }}
          />
          <ul className="pick-list" aria-label="Matching prospects">
            {(matches.data?.items ?? []).map((prospect) => (
              <li key={prospect.id}>
                <button
                  type="button"
                  className="pick-option"
                  onClick={() => choose(toBriefingProspect(prospect))}
                >
                  {/* Spoken as "Choose Dana Whitfield, VP Operations…"; the name stays the visible text. */}
                  <span className="visually-hidden">Choose </span>
                  <strong>{prospect.name}</strong>
                  <span className="muted">
                    {[prospect.title, prospect.company].filter(Boolean).join(', ')}
                  </span>
                </button>
              </li>
            ))}
            {matches.isSuccess && matches.data.items.length === 0 ? (
              <li className="muted small">
                {query ? `No prospect matches “${query}”.` : 'No prospects yet.'}
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
