// What the API's thread uses of src/synthesis: the document it gives, and the worker pool that renders it (the renderer itself loads in the workers only).
export type { SynthesisAttachment, SynthesisDocument, SynthesisParty } from './document.ts';
export {
  DEFAULT_SYNTHESIS_RENDER_LIMITS,
  SynthesisRenderer,
  SynthesisRenderFailure,
  type SynthesisRenderFailureReason,
  type SynthesisRenderLimits,
} from './pool.ts';
