import type { TextEncodingName } from '../../shared/domain/data';
import { ApiFailure } from '../api/errors';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  notices: string[];
}

/** How much of the start of a file is sniffed for binary content. */
const SNIFF_BYTES = 64 * 1024;
/** A CSV line longer than this is not a line of a contact list. */
const MAX_FIRST_LINE = 1024 * 1024;

const refuse = (message: string) => new ApiFailure('invalid_input', message);

/**
 * Refuses what is plainly not text, from its first bytes only, so that 50 MB of garbage is turned
 * away in microseconds instead of being parsed. Text files never hold NUL bytes (except UTF-16,
 * recognised by its byte order mark) and hardly any other control characters.
 */
export function sniffBinary(start: Uint8Array): void {
  if (hasUtf16Bom(start)) return;
  const sample = start.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) {
      throw refuse(
        `This is not a text file: it holds binary data (a NUL byte at byte ${i + 1}). ` +
          'Export the list from your CRM or spreadsheet as CSV and try again. Nothing was imported.',
      );
    }
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls++;
  }
  if (sample.length > 0 && controls / sample.length > 0.01) {
    throw refuse(
      'This is not a text file: too many control characters near its start. ' +
        'Export the list as CSV and try again. Nothing was imported.',
    );
  }
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * Turns the uploaded bytes into text. A UTF-8 byte order mark is dropped (Excel writes one);
 * UTF-16 with its mark is read as such (Excel's "Unicode text"). Anything else must be valid
 * UTF-8; if it is not, the file is read as Windows-1252, the encoding Excel on Windows uses for
 * "CSV", and the rep is told so, because a wrong guess would show as garbled accents.
 */
export function decodeUpload(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw refuse('The file is empty. Nothing was imported.');
  sniffBinary(bytes);
  const notices: string[] = [];
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = {
      text: decode('utf-16le', bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
      notices,
    };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = {
      text: decode('utf-16be', bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
      notices,
    };
  } else {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    try {
      decoded = { text: decode('utf-8', body), encoding: 'utf-8', bom, notices };
    } catch {
      const offset = firstInvalidUtf8(body);
      notices.push(
        `The file is not valid UTF-8 (the first byte that is not, at position ${offset + 1}, ` +
          'looks like Windows-1252, the encoding Excel on Windows uses for CSV), so it was read as ' +
          'Windows-1252. Check that accented names look right in the preview.',
      );
      decoded = {
        text: decode('windows-1252', body),
        encoding: 'windows-1252',
        bom: false,
        notices,
      };
    }
  }
  if (decoded.text.trim() === '')
    throw refuse('The file holds only blank space. Nothing was imported.');
  const firstBreak = decoded.text.slice(0, MAX_FIRST_LINE + 1).search(/[\r\n]/u);
  if (firstBreak === -1 && decoded.text.length > MAX_FIRST_LINE) {
    throw refuse(
      'The file has no line break in its first megabyte, so it is not a CSV list. Nothing was imported.',
    );
  }
  return decoded;
}

function decode(
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252',
  bytes: Uint8Array,
): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true }).decode(bytes);
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it has curly quotes, dashes, € and a few
 * letters. Decoded by hand because Node's TextDecoder treats the label as plain Latin-1 and would
 * turn an en dash into an invisible control character.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const step = 64 * 1024;
  for (let start = 0; start < bytes.length; start += step) {
    const slice = bytes.subarray(start, start + step);
    let text = '';
    for (const byte of slice) {
      text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
    }
    parts.push(text);
  }
  return parts.join('');
}

/** The offset of the first byte that breaks UTF-8, for the notice. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80 ? 1 : byte >> 5 === 0x6 ? 2 : byte >> 4 === 0xe ? 3 : byte >> 3 === 0x1e ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (bytes[i + k]! >> 6 !== 0x2) return i;
    i += length;
  }
  return i;
}
