/** Runs scenarios in order, starting each shared stack before its first scenario and stopping it after its last. */
import { startBenchStack, type RunningStack } from './benchStack.js';
import type { Scenario, ScenarioOutcome } from './scenario.js';

export interface ScenarioRun {
  scenario: Scenario;
  outcome: ScenarioOutcome;
  seconds: number;
}

export async function runScenarios(scenarios: readonly Scenario[]): Promise<ScenarioRun[]> {
  const runs: ScenarioRun[] = [];
  let current: RunningStack | null = null;
  try {
    for (const scenario of scenarios) {
      if (current && current.stack.name !== scenario.stack) {
        await current.stop();
        current = null;
      }
      process.stderr.write(`bench: ${scenario.title}...\n`);
      const started = performance.now();
      let outcome: ScenarioOutcome;
      if (scenario.stack === null) {
        outcome = await scenario.run();
      } else {
        current ??= await startBenchStack(scenario.stack);
        outcome = await scenario.run(current.stack);
      }
      runs.push({ scenario, outcome, seconds: Math.round((performance.now() - started) / 100) / 10 });
    }
  } finally {
    await current?.stop();
  }
  return runs;
}
