import { CliError } from './cli-error.ts';

/** The page's CSP with `connect-src 'self' https:`: the unit talks to the LMS's fetch URL and LRS (issue 12). */
export const withLrsConnect = (html: string): string => {
  const widened = html.replace("connect-src 'self';", "connect-src 'self' https:;");
  if (widened === html) throw new CliError("the built index.html has no connect-src 'self' to widen", 1);
  return widened;
};
