/**
 * The load generator: a process of its own (forked by run.ts), so the servers are measured against a
 * client that does not share their event loop. It takes one scenario over IPC, runs it, and answers with
 * the result; 'window' messages mark the measured interval so the parent can sample the server then.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { runScenario, type Scenario } from './scenarios.js';

export type GeneratorMessage =
  | { type: 'window'; phase: 'start' | 'end' }
  | {
      type: 'result';
      result: unknown;
      cpuMs: number;
      /** How late this process's timers and socket callbacks ran: large values mean the generator, not the server, lagged. */
      loopDelayP99Ms: number;
    }
  | { type: 'error'; message: string };

function reply(message: GeneratorMessage): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

process.once('message', (scenario: Scenario) => {
  const cpuBefore = process.cpuUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  runScenario(scenario, (phase) => void reply({ type: 'window', phase }))
    .then(async (result) => {
      loopDelay.disable();
      const cpu = process.cpuUsage(cpuBefore);
      await reply({
        type: 'result',
        result,
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      });
      process.exit(0);
    })
    .catch(async (error: unknown) => {
      await reply({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      process.exit(1);
    });
});
