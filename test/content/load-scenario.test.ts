import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error';
import { ContentError, loadScenario, scenarioPath } from '../../src/cli/load-scenario';
import { BROKEN, FIXTURES } from './content-helpers';

describe('loadScenario', () => {
  it('reads a pack by path', () => {
    expect(loadScenario(`${FIXTURES}/minimal.yaml`).id).toBe('minimal');
  });

  it('reads an id from scenarios/', () => {
    expect(scenarioPath('kessaria')).toMatch(/[\\/]scenarios[\\/]kessaria\.yaml$/);
  });

  it('reports a missing pack as a usage problem (exit code 2)', () => {
    const error = (() => {
      try {
        loadScenario('no-such-pack');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({
      exitCode: 2,
      message: 'no such scenario file: scenarios/no-such-pack.yaml (no pack "no-such-pack" in scenarios/)',
    });
  });

  it('reports a pack that fails its checks with the formatted issues (exit code 1)', () => {
    expect(() => loadScenario(`${BROKEN}/crisis-default.yaml`)).toThrow(ContentError);
    expect(() => loadScenario(`${BROKEN}/crisis-default.yaml`)).toThrow(
      `${BROKEN}/crisis-default.yaml:528 › incidents[0].defaultOptionId: "raise-privatly" is not an option of this crisis — did you mean "raise-privately"?`,
    );
  });

  it('refuses an argument that is neither an id nor a path', () => {
    expect(() => scenarioPath('Kessaria Pack')).toThrow(
      '"Kessaria Pack" is neither a scenario id (like kessaria) nor a path to a .yaml file',
    );
  });
});
