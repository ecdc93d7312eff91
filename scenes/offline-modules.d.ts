// Served by src/cli/vite-offline-plugin.ts: assets/audio as data: URIs in the single file, empty elsewhere.
declare module 'virtual:inlined-assets' {
  const inlined: Readonly<Record<string, string>>;
  export default inlined;
}
