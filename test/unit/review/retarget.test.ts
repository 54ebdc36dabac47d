import { describe, expect, it } from 'vitest';
import { retargetOpener } from '../../../src/shared/domain/retarget';

const priya = { name: 'Priya Raman', company: 'Lakeside Family Clinics' };
const dana = { name: 'Dana Whitfield', company: 'Tidewater Supply Co.' };

describe('retargetOpener', () => {
  it('swaps the full name, first name, last name and company, as whole words only', () => {
    const opener =
      "Hi Priya, Sam Ortiz with Brightline. Ms. Raman, clinics like Lakeside Family Clinics lose one visit in eight; Priya's team could get them back. Priyanka said the same.";
    expect(retargetOpener(opener, priya, dana)).toBe(
      "Hi Dana, Sam Ortiz with Brightline. Ms. Whitfield, clinics like Tidewater Supply Co. lose one visit in eight; Dana's team could get them back. Priyanka said the same.",
    );
  });

  it('never replaces a name it just put in', () => {
    const ann = { name: 'Ann Lee', company: '' };
    const lee = { name: 'Lee Park', company: 'Acme' };
    expect(retargetOpener('Hi Ann Lee, and hello again Ann.', ann, lee)).toBe(
      'Hi Lee Park, and hello again Lee.',
    );
  });

  it('leaves what the new prospect has no value for, and reads names literally', () => {
    const noCompany = { name: 'Cher', company: '' };
    expect(retargetOpener('Hi Priya Raman at Lakeside Family Clinics.', priya, noCompany)).toBe(
      'Hi Cher at Lakeside Family Clinics.',
    );
    const dotted = { name: 'J.R. Smith', company: 'A+B (Holdings)' };
    expect(
      retargetOpener('Hi J.R., at A+B (Holdings) we found $5 saved.', dotted, {
        name: 'Kim $1 Lu',
        company: 'C&D',
      }),
    ).toBe('Hi Kim, at C&D we found $5 saved.');
  });

  it('handles names in any script', () => {
    const jose = { name: 'José Álvarez', company: 'Cordillera Foods' };
    const bjorn = { name: 'Björn Lindqvist', company: 'Nordhavn AB' };
    expect(retargetOpener('Hola José, Cordillera Foods and Josémaria.', jose, bjorn)).toBe(
      'Hola Björn, Nordhavn AB and Josémaria.',
    );
  });
});
