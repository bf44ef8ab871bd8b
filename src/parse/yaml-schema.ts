import type { ScalarTag, Tags } from 'yaml';

/**
 * The YAML 1.1 tags as Jekyll's Psych reads front matter, for the `yaml` library's `customTags`:
 * its own tags, with the timestamp tag also taking the zones Psych takes and the library does
 * not, `+0900`, `-0530` (no colon). `jekyll build` 4.3.1 reads `date: 2019-01-02 03:00:00 +0900`
 * unquoted as a time, quoted as a string (test/fixtures/jekyll-evidence/timestamps).
 */
export function psychTags(tags: Tags): Tags {
  return tags.map((tag) => (isTimestamp(tag) ? psychTimestamp(tag) : tag));
}

function isTimestamp(tag: Tags[number]): tag is ScalarTag {
  return typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:timestamp';
}

/** `Psych::ScalarScanner::TIME` with the zone the library's pattern refuses: `±H[H]MM`, without a colon. */
const ZONE_WITHOUT_COLON = /^(-?\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d\d):(\d\d)(?:\.(\d*))?\s*([-+])(\d{1,2})(\d\d)$/;

/**
 * `Psych::ScalarScanner::TIME`: minutes and seconds take two digits (the library also takes one:
 * `10:0:0` is a string to Psych, then `Time.parse`d by Jekyll in the site's time zone).
 */
const PSYCH_TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;

/** Psych's date without a time (`ScalarScanner#tokenize`), read with `Date.strptime(s, '%F')`. */
const PSYCH_DATE = /^(\d{4})-(1[012]|0\d|\d)-([12]\d|3[01]|0\d|\d)$/;

/**
 * A date without a time (`date: 2019-01-05`). Psych reads it as a Ruby `Date`, and Jekyll turns
 * any `date` into a time by parsing its text in the site's time zone: midnight there, not in UTC
 * (`jekyll build` 4.3.1, `timezone: America/New_York`: `/2019/01/05/`, where UTC midnight would
 * give the 4th; test/fixtures/jekyll-evidence/timestamps-new-york). Its value is UTC midnight of
 * that day, as the library gives; `outputUrl` reads it as a day.
 */
export class YamlDay extends Date {}

function psychTimestamp(library: ScalarTag): ScalarTag {
  const libraryTest = library.test!;
  return {
    ...library,
    test: new RegExp(`(?=${PSYCH_TIME.source}|${PSYCH_DATE.source})(?:${libraryTest.source}|${ZONE_WITHOUT_COLON.source})`),
    resolve(value, onError, options) {
      const dateOnly = PSYCH_DATE.exec(value);
      if (dateOnly) {
        const [year, month, date] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
        // `Date.strptime` refuses a day the month does not have (2019-02-30), month 0 and day 0:
        // Psych then keeps the text.
        const utc = Date.UTC(year, month - 1, date);
        const back = new Date(utc);
        if (month < 1 || date < 1 || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return value;
        return new YamlDay(utc);
      }
      const m = libraryTest.test(value) ? null : ZONE_WITHOUT_COLON.exec(value);
      if (!m) return library.resolve(value, onError, options);
      // `Psych::ScalarScanner#parse_time`: the wall clock minus the zone's offset.
      const [, year, month, day, hour, minute, second, fraction = '', sign, zoneHours, zoneMinutes] = m;
      const millis = Number(`0.${fraction || '0'}`) * 1000;
      const offset = (Number(zoneHours) * 60 + Number(zoneMinutes)) * (sign === '-' ? -1 : 1);
      return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), millis) - offset * 60_000);
    },
  };
}
