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

function psychTimestamp(library: ScalarTag): ScalarTag {
  const libraryTest = library.test!;
  return {
    ...library,
    test: new RegExp(`${libraryTest.source}|${ZONE_WITHOUT_COLON.source}`),
    resolve(value, onError, options) {
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
