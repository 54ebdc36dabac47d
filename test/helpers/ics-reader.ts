import ICAL from 'ical.js';

/**
 * Reads back an iCalendar file OneUp wrote, with ical.js (Mozilla's parser, RFC 5545): one
 * VEVENT in one VCALENDAR, CRLF line endings, date-times in UTC. Anything else throws, so a test
 * cannot pass on a broken file. Values come back decoded: text unescaped, UTC date-times as ISO
 * instants, integers as their digits.
 */
export interface IcsProperty {
  name: string;
  /** Parameter names in capitals, e.g. `CN`, `RSVP`. */
  params: Record<string, string>;
  value: string;
}

export interface IcsEvent {
  calendar: IcsProperty[];
  event: IcsProperty[];
  /** The first value of a property of the event, or undefined. */
  get(name: string): string | undefined;
  all(name: string): IcsProperty[];
}

function decode(property: ICAL.Property): IcsProperty {
  const value = property.getFirstValue();
  let text: string;
  if (value instanceof ICAL.Time) {
    if (value.zone !== ICAL.Timezone.utcTimezone) {
      throw new Error(`${property.name.toUpperCase()} is not in UTC: ${value.toString()}`);
    }
    text = value.toJSDate().toISOString();
  } else {
    text = String(value);
  }
  const [, params] = property.toJSON() as [string, Record<string, unknown>, ...unknown[]];
  return {
    name: property.name.toUpperCase(),
    params: Object.fromEntries(
      Object.entries(params).map(([name, param]) => [name.toUpperCase(), String(param)]),
    ),
    value: text,
  };
}

export function readIcsEvent(text: string): IcsEvent {
  if (!text.endsWith('\r\n')) throw new Error('An iCalendar file ends with CRLF.');
  if (/(?<!\r)\n/u.test(text)) throw new Error('Every line ends with CRLF.');
  const calendar = new ICAL.Component(ICAL.parse(text));
  if (calendar.name !== 'vcalendar')
    throw new Error(`Expected a VCALENDAR, found ${calendar.name}`);
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) throw new Error(`Expected one VEVENT, found ${events.length}`);
  const event = events[0]!.getAllProperties().map(decode);
  return {
    calendar: calendar.getAllProperties().map(decode),
    event,
    get: (name) => event.find((p) => p.name === name)?.value,
    all: (name) => event.filter((p) => p.name === name),
  };
}
