// What the scenario Vite plugin (src/cli/vite-scenario-plugin.ts) hands the bundle. Type-only: nothing here
// ships, and scenes/ gets the types without importing src/content at run time.

/** A pack, `import pack from '../scenarios/kessaria.yaml'`: checked at build time, plain data in the bundle. */
declare module '*.yaml' {
  const scenario: import('./scenario.schema').Scenario;
  export default scenario;
}

/** The title screen's list of packs, built from scenarios/ at build time (DESIGN §8). */
declare module 'virtual:scenario-index' {
  const index: readonly {
    readonly id: string;
    readonly title: import('./scenario.schema').LocalText;
    readonly blurb: import('./scenario.schema').LocalText;
    readonly turns: number;
    readonly thumbnail: string; // a small SVG map as a data: URI
  }[];
  export default index;
}
