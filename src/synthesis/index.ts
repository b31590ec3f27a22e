// What the API's thread uses of src/synthesis: the documents it gives, and the worker pool that renders them (the renderers themselves load in the workers only).
export type {
  ReportDocument,
  RequestSummary,
  SynthesisAttachment,
  SynthesisDocument,
  SynthesisParty,
  SynthesisReport,
} from './document.ts';
export {
  DEFAULT_SYNTHESIS_RENDER_LIMITS,
  SynthesisRenderer,
  SynthesisRenderFailure,
  type SynthesisRenderFailureReason,
  type SynthesisRenderLimits,
} from './pool.ts';
