/**
 * The eleven hidden drivers of the model (DESIGN §3). Each lives on 0..100 and is kept unrounded.
 * Only `consent` is shown during play (as host consent); all are revealed in the debrief.
 */
export const DRIVER_IDS = [
  'capacity', // operational capacity of state forces
  'accountability', // internal control: vetting outcomes, discipline, military justice, HRDDP conditions
  'oversight', // parliament, ombuds, civil society, media
  'ownership', // inclusive national ownership, shared vision
  'consent', // host government's cooperation with the mission
  'trust', // communities' trust in the mission: impartiality, responsiveness
  'coherence', // coordination of mission components, donors, UN country team
  'fiscal', // affordability, regular pay
  'cohesion', // discipline and unity of command; low = mutiny, desertion
  'threat', // armed groups' strength
  'protection', // the mission's own direct protection
] as const;

export type DriverId = (typeof DRIVER_IDS)[number];

export function isDriverId(value: unknown): value is DriverId {
  return typeof value === 'string' && (DRIVER_IDS as readonly string[]).includes(value);
}
