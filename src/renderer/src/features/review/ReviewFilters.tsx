import type { RefObject } from 'react';
import { CALL_OUTCOMES } from '../../../../shared/domain/call';
import { VERDICTS } from '../../../../shared/domain/review';
import { SelectField, TextField } from '../../ui/Field';
import { OUTCOME_LABELS, VERDICT_LABELS } from './labels';
import { LIMITS } from '../../../../shared/domain/fields';

export interface FilterState {
  search: string;
  outcome: string;
  verdict: string;
  insightId: string;
  prospectId: string;
  /** Local calendar dates from the date inputs, `YYYY-MM-DD`, or ''. */
  from: string;
  to: string;
}

export const NO_FILTERS: FilterState = {
  search: '',
  outcome: '',
  verdict: '',
  insightId: '',
  prospectId: '',
  from: '',
  to: '',
};

interface Option {
  id: number;
  label: string;
}

/** Search and every filter of the review, as plain labelled controls. */
export function ReviewFilters({
  value,
  onChange,
  insights,
  prospects,
  searchRef,
}: {
  value: FilterState;
  onChange: (next: FilterState) => void;
  insights: Option[];
  prospects: Option[];
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const set = (field: keyof FilterState) => (next: string) => onChange({ ...value, [field]: next });
  const active = Object.entries(value).some(([, field]) => field !== '');
  return (
    <div className="review-filters" role="search" aria-label="Filter past calls">
      <TextField
        id="review-search"
        className="review-search"
        label={
          <>
            Search openers and notes <kbd>/</kbd>
          </>
        }
        ref={searchRef}
        type="search"
        maxLength={LIMITS.query}
        value={value.search}
        placeholder="e.g. freight, budget, procurement"
        onChange={(event) => set('search')(event.target.value)}
      />
      <Select
        id="review-outcome"
        label="Outcome"
        value={value.outcome}
        onChange={set('outcome')}
        options={[
          ...CALL_OUTCOMES.map((outcome) => ({ value: outcome, label: OUTCOME_LABELS[outcome] })),
          { value: 'none', label: 'No outcome yet' },
        ]}
      />
      <Select
        id="review-verdict"
        label="Verdict"
        value={value.verdict}
        onChange={set('verdict')}
        options={VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_LABELS[verdict] }))}
      />
      <Select
        id="review-insight"
        label="Insight"
        value={value.insightId}
        onChange={set('insightId')}
        options={insights.map((option) => ({ value: String(option.id), label: option.label }))}
      />
      <Select
        id="review-prospect"
        label="Prospect"
        value={value.prospectId}
        onChange={set('prospectId')}
        options={prospects.map((option) => ({ value: String(option.id), label: option.label }))}
      />
      <TextField
        id="review-from"
        label="From"
        type="date"
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => set('from')(event.target.value)}
      />
      <TextField
        id="review-to"
        label="To"
        type="date"
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => set('to')(event.target.value)}
      />
      <button
        type="button"
        className="button review-clear"
        onClick={() => onChange(NO_FILTERS)}
        disabled={!active}
      >
        Clear filters
      </button>
    </div>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={[['', 'Any'], ...options.map((option) => [option.value, option.label] as const)]}
    />
  );
}
