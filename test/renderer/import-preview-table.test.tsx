// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewTable } from '../../src/renderer/src/features/data/ImportPreviewView';
import type { ImportPreview, ImportSampleRow } from '../../src/shared/domain/data';

afterEach(cleanup);

function preview(sampleRows: ImportSampleRow[]): ImportPreview {
  return {
    uploadId: 'u1',
    kind: 'prospects',
    format: 'csv',
    encoding: 'utf-8',
    bom: false,
    notices: [],
    columns: ['Name', 'Phone'],
    examples: ['Dana Whitfield', '+1 312 555 0199'],
    detectedMapping: ['name', 'phone'],
    mapping: ['name', 'phone'],
    detectedSource: 'plain',
    sampleRows,
    errors: sampleRows.flatMap((row) => row.errors),
    errorCount: sampleRows.reduce((n, row) => n + row.errors.length, 0),
    invalidRows: sampleRows.filter((row) => row.errors.length > 0).length,
    blankable: [],
    blankableRows: 0,
    duplicates: { inDatabase: 0, inFile: 0, examples: [] },
    totalRows: sampleRows.length,
    blocking: null,
  };
}

const GOOD = { row: 2, values: { name: 'Dana Whitfield', phone: '+1 312 555 0199' }, errors: [] };
const BAD_PHONE = {
  row: 3,
  values: { name: 'Omar Haddad', phone: 'not-a-phone' },
  errors: [{ row: 3, field: 'phone', message: 'Phone: Enter a phone number that can be dialed.' }],
};

describe('the import preview table', () => {
  it('marks a bad value in its own cell, with what is wrong under it, and needs no Problems column', () => {
    render(<PreviewTable preview={preview([GOOD, BAD_PHONE])} />);
    const cell = screen.getByRole('cell', { name: /not-a-phone/ });
    expect(cell.className).toContain('import-cell-error');
    // The column already says "Phone": the message does not repeat it.
    expect(cell.textContent).toBe('not-a-phoneEnter a phone number that can be dialed.');
    expect(screen.queryByRole('columnheader', { name: 'Problems' })).toBeNull();
    expect(screen.getByRole('cell', { name: '+1 312 555 0199' }).className).toBe('');
  });

  it('keeps a Problems column for a problem no shown column holds', () => {
    const ragged = {
      row: 4,
      values: { name: 'Lee Park' },
      errors: [{ row: 4, field: '(row)', message: 'This row has 5 cells; the header has 2.' }],
    };
    render(<PreviewTable preview={preview([GOOD, ragged])} />);
    expect(screen.getByRole('columnheader', { name: 'Problems' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /Lee Park/ });
    expect(within(row).getByText('This row has 5 cells; the header has 2.')).toBeTruthy();
  });
});
