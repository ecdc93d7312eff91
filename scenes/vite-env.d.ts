// The build-time variables the page reads (Vite replaces `import.meta.env.VITE_*` when it builds).
interface ImportMetaEnv {
  /** A course package's options as JSON (src/lms/course-options.ts); unset in the web build. */
  readonly VITE_DM_COURSE?: string;
}
