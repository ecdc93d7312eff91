import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getStateNodes, type AdjacencyValue } from 'xstate/graph'; // part of xstate since 5.20; @xstate/graph is deprecated
import { inputsOfferedIn } from '../../src/flow/offered-inputs';
import { isCrisisAnswered, type SessionMode } from '../../src/flow/session-context';
import { sessionMachine, type SessionEvent, type SessionSnapshot } from '../../src/flow/session.machine';
import { sessionInput } from './session.fixture';

// The state graph with context abstracted to the screen, the quarter, whether the run is over and whether
// the quarter's crisis is answered: finite however the sim inside moves. The last two are needed: the
// last quarter's report has the same turn as the one before it (an ended run stays on its last quarter),
// and the first `deciding` snapshot of a crisis quarter (crisis open, so no "End quarter") would
// otherwise stand for the whole quarter.
const key = (snapshot: SessionSnapshot) => {
  const { sim } = snapshot.context;
  return JSON.stringify([snapshot.value, sim.turn, sim.status, isCrisisAnswered(sim)]);
};

type Edge = { readonly event: SessionEvent; readonly state: SessionSnapshot };
// The map's keys are branded strings, which Object.values cannot see through.
const edgesOf = (node: AdjacencyValue<SessionSnapshot, SessionEvent>) =>
  Object.values(node.transitions) as Edge[];

const graphOf = (mode: SessionMode) =>
  Object.entries(
    getAdjacencyMap(sessionMachine, {
      input: sessionInput(mode), // an 8-quarter run of the fixture pack
      events: (snapshot) => inputsOfferedIn(snapshot),
      serializeState: (snapshot) => key(snapshot),
    }),
  );

describe.each(['solo', 'group'] as const)('the session graph (%s, 8 quarters)', (mode) => {
  const graph = graphOf(mode);

  it('reaches every resting state', () => {
    const reached = new Set(graph.map(([, node]) => node.state.value));
    const resting = getStateNodes(sessionMachine)
      .filter((node) => !node.always)
      .map((node) => node.key);
    expect([...reached].sort()).toEqual(resting.sort()); // the list comes from the definition, not the traversal
  });

  it('plays all 8 quarters, with the one review after quarter 4 (8 is the last: the ending replaces it)', () => {
    const turnsDecided = new Set(
      graph.filter(([, node]) => node.state.value === 'deciding').map(([, n]) => n.state.context.sim.turn),
    );
    expect([...turnsDecided].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const reviews = graph
      .filter(([, node]) => node.state.value === 'review')
      .map(([, n]) => n.state.context.sim.turn);
    expect(reviews).toEqual([5]); // resting in review after Q4's resolution: the sim already opened Q5
  });

  it('can reach the final state from every state', () => {
    const canFinish = new Set(graph.filter(([, node]) => node.state.status === 'done').map(([id]) => id));
    expect(canFinish.size).toBeGreaterThan(0);
    for (let grew = true; grew;) {
      grew = false;
      for (const [id, node] of graph) {
        if (canFinish.has(id) || !edgesOf(node).some((t) => canFinish.has(key(t.state)))) continue;
        canFinish.add(id);
        grew = true;
      }
    }
    expect(graph.map(([id]) => id).filter((id) => !canFinish.has(id))).toEqual([]);
  });

  it('logs no flow-only event on any edge', () => {
    const flowOnly = /^(news|report|debrief|timer)\./;
    for (const [, node] of graph) {
      for (const { event, state } of edgesOf(node)) {
        if (!flowOnly.test(event.type)) continue;
        expect(state.context.log.inputs).toEqual(node.state.context.log.inputs);
      }
    }
  });
});
