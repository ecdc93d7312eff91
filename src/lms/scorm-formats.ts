/** The two SCORM versions a package is built for (DESIGN §6): 1.2, and 2004 4th Edition. */
export type ScormVersion = '1.2' | '2004';
/** Both versions, in the order packages are written. */
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** The elements the game reads or writes, by version (SCORM 1.2 RTE §3.4; SCORM 2004 4th Ed. RTE §4.2). */
export const SCORM_ELEMENTS = {
  '1.2': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    language: 'cmi.student_preference.language',
    mastery: 'cmi.student_data.mastery_score',
    interactionCount: 'cmi.interactions._count',
    status: 'cmi.core.lesson_status',
  },
  '2004': {
    suspendData: 'cmi.suspend_data',
    location: 'cmi.location',
    exit: 'cmi.exit',
    language: 'cmi.learner_preference.language',
    mastery: 'cmi.scaled_passing_score',
    interactionCount: 'cmi.interactions._count',
    status: 'cmi.completion_status',
  },
} as const satisfies Record<ScormVersion, Record<string, string>>;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Hundredths of a second in `seconds`, rounded (both SCORM time formats stop at hundredths). */
const centiseconds = (seconds: number) => Math.round(Math.max(0, seconds) * 100);

/** `n / 10^places` as a plain decimal, trailing zeros trimmed: (125, 2) → "1.25", (1500, 2) → "15". */
export function decimalOf(n: number, places: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = pad(Math.abs(n), places + 1);
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * A latency in seconds as SCORM 1.2 `CMITimespan` (`HHHH:MM:SS.SS`) or SCORM 2004 `timeinterval`
 * (ISO 8601 duration, `PT…S`), to the hundredth: 75.5 → `0000:01:15.50` / `PT1M15.5S`. A negative
 * latency counts as 0; 1.2 hours stop at 9999.
 */
export function formatLatency(version: ScormVersion, seconds: number): string {
  const cs = centiseconds(seconds);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const rest = cs % 6000; // hundredths within the minute
  if (version === '1.2') {
    const capped = Math.min(hours, 9999);
    const clock = capped === hours ? rest : 5999;
    const mm = capped === hours ? minutes : 59;
    return `${pad(capped, 4)}:${pad(mm, 2)}:${pad(Math.floor(clock / 100), 2)}.${pad(clock % 100, 2)}`;
  }
  const parts = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}`;
  return rest > 0 || parts === '' ? `PT${parts}${decimalOf(rest, 2)}S` : `PT${parts}`;
}

/** A calendar date from days since 1970-01-01 (H. Hinnant's civil-from-days, integer arithmetic only). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097; // day of era, 0–146096
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // from 1 March
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/**
 * When an interaction happened, from epoch milliseconds and the learner's offset from UTC in minutes (the
 * shell passes its clock's negated `getTimezoneOffset()`): SCORM 1.2 `CMITime` is the local time of day
 * `HH:MM:SS`; SCORM 2004 `time (second,10,0)` is ISO 8601 `YYYY-MM-DDThh:mm:ss.s` with `Z` or `±hh:mm`,
 * to the hundredth.
 *
 * @example
 * formatTimestamp('2004', 1_700_000_000_000, 60); // "2023-11-14T23:13:20.0+01:00"
 */
export function formatTimestamp(version: ScormVersion, epochMs: number, utcOffsetMinutes = 0): string {
  const local = Math.floor(epochMs / 10) * 10 + utcOffsetMinutes * MS_PER_MINUTE;
  const days = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - days * MS_PER_DAY;
  const hh = pad(Math.floor(msOfDay / 3_600_000), 2);
  const mm = pad(Math.floor((msOfDay % 3_600_000) / MS_PER_MINUTE), 2);
  const ss = pad(Math.floor((msOfDay % MS_PER_MINUTE) / 1000), 2);
  if (version === '1.2') return `${hh}:${mm}:${ss}`;
  const { year, month, day } = civilFromDays(days);
  const fraction = Math.floor((msOfDay % 1000) / 10);
  // The 2004 time type allows a zone only after a fraction of a second, so the fraction is always there.
  const seconds = `${ss}.${pad(fraction, 2).replace(/(\d)0$/, '$1')}`;
  const offset = Math.abs(utcOffsetMinutes);
  const zone =
    utcOffsetMinutes === 0
      ? 'Z'
      : `${utcOffsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(offset / 60), 2)}:${pad(offset % 60, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${hh}:${mm}:${seconds}${zone}`;
}
