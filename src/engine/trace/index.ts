// The trace's public surface: the event types the UI may import, and the reader and formatters.
export type {
  EventFields, EventIndex, EventName, EventOf, GoroutineId, StepIndex, TraceBucketSnapshot, TraceEvent, TraceHeader,
  TraceMove, TraceTophashChange, TraceValue,
} from './events.ts';
export { eventNames, schema } from './events.ts';
export type { TraceData } from './writer.ts';
export { TraceReader } from './reader.ts';
export { formatEvent, formatTrace, formatValue } from './format-text.ts';
export { traceToJsonl } from './jsonl.ts';
export { encodeTrace } from './encode.ts';
