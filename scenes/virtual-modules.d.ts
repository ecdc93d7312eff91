// The lazy pack loader the scenario plugin serves (src/cli/vite-scenario-plugin.ts): one dynamic import per
// pack id, so a pack's JSON is fetched only when that pack is played (DESIGN §8).
declare module 'virtual:scenario-packs' {
  const packs: Readonly<
    Record<string, () => Promise<{ readonly default: import('../src/content/scenario.schema').Scenario }>>
  >;
  export default packs;
}
