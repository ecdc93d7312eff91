// The content sources the scenario plugin serves (src/cli/vite-scenario-plugin.ts): each pack's JSON file,
// fetched only when that pack is played, and the shared glossary's, fetched when help first opens (DESIGN §8);
// in the single file, chunks of its one script. Read through scenes/adapters/packs.ts.
declare module 'virtual:scenario-packs' {
  const packs: Readonly<Record<string, import('./adapters/content-data').ContentSource>>;
  export default packs;
}

declare module 'virtual:shared-glossary' {
  const glossary: import('./adapters/content-data').ContentSource;
  export default glossary;
}
