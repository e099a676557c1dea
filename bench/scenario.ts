/** One measured scenario; `run` returns the numbers printed as one JSON line. */
export interface BenchScenario {
  name: string;
  run(): Promise<Record<string, unknown>>;
}
