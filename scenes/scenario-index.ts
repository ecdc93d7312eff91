import index from 'virtual:scenario-index';

/** One pack as the title lists it before any pack loads (id, title, blurb, standard length). */
export type ScenarioIndexEntry = (typeof index)[number];

/** The packs this build holds, from the index generated at build time (DESIGN §8). */
export const SCENARIO_INDEX: readonly ScenarioIndexEntry[] = index;
