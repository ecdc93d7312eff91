import { describe, expect, it } from 'vitest';
import { shouldInstallOffline, type OfflineHost } from '../../src/view-model/offline';

const web: OfflineHost = { isWebBuild: true, protocol: 'https:', search: '?lang=fr', canRegister: true };

describe('shouldInstallOffline', () => {
  it('installs the offline app from the web build served over https or http', () => {
    expect(shouldInstallOffline(web)).toBe(true);
    expect(shouldInstallOffline({ ...web, protocol: 'http:', search: '' })).toBe(true);
  });

  it('never in course mode: an LMS launched the page (DESIGN §6)', () => {
    expect(shouldInstallOffline({ ...web, search: '?scenario=kessaria&mode=course' })).toBe(false);
    expect(shouldInstallOffline({ ...web, search: '?mode=group' })).toBe(true);
  });

  it('never from the LMS or single-file builds, from file://, or where the browser has no service workers', () => {
    expect(shouldInstallOffline({ ...web, isWebBuild: false })).toBe(false);
    expect(shouldInstallOffline({ ...web, protocol: 'file:' })).toBe(false);
    expect(shouldInstallOffline({ ...web, canRegister: false })).toBe(false);
  });
});
