// The task of each piscina worker thread: one article's analysis (see analyzer.ts).
import { type AnalyzeJob, type AnalyzeOutcome, runJob } from './analyzer.js';

export default function analyzeTask(job: AnalyzeJob): AnalyzeOutcome {
  const outcome = runJob(job);
  return 'record' in outcome ? { json: JSON.stringify(outcome.record) } : outcome;
}
