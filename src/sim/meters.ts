export const METER_IDS = ['security', 'legitimacy', 'civilianHarm'] as const;
export type MeterId = (typeof METER_IDS)[number];

/** Whether a rising value is good news. The UI and debrief use this; the sim never does. */
export const METER_POLARITY: Readonly<Record<MeterId, 'higherIsBetter' | 'lowerIsBetter'>> = {
  security: 'higherIsBetter',
  legitimacy: 'higherIsBetter',
  civilianHarm: 'lowerIsBetter',
};

export const METER_MIN = 0;
export const METER_MAX = 100;

/**
 * Keeps a meter (or driver) inside 0..100. It does not round: the sim keeps full values,
 * and only view models and exports round.
 */
export function clampMeter(value: number): number {
  return Math.min(METER_MAX, Math.max(METER_MIN, value));
}

export function isMeterId(value: unknown): value is MeterId {
  return typeof value === 'string' && (METER_IDS as readonly string[]).includes(value);
}
