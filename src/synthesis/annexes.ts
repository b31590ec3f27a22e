// Annexes of the synthesis: every PDF attachment's pages, copied with pdf-lib within a budget of what reading them may cost.
//
// pdf-lib 1.17.1 inflates every object stream and cross-reference stream of a file as it loads it, without a
// bound (https://github.com/Hopding/pdf-lib/issues/1777, https://github.com/Hopding/pdf-lib/blob/v1.17.1/src/core/parser/PDFParser.ts#L159-L171):
// a 1 MB file inflating to 1 GB took 1.1 GB outside the JavaScript heap, where no heap limit sees it. And each
// value it parses is an object on the heap, up to about 230 bytes: a 5 MB file holds a million. Both are charged
// to a budget through hooks into pdf-lib's parser (meter, below); past it the annex is left out, listed as too large.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import { ParseSpeeds, PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { isPdf, type SynthesisAttachment, type SynthesisMessage } from './document.ts';

const require = createRequire(import.meta.url);

/** Bytes the streams pdf-lib decodes while loading one annex may inflate to: real files need a few megabytes. */
const MAX_ANNEX_INFLATED_BYTES = 32 * 1024 * 1024;
const MAX_DOCUMENT_INFLATED_BYTES = 128 * 1024 * 1024;
/** PDF values parsed from one annex: a report of a hundred pages holds tens of thousands. */
const MAX_ANNEX_VALUES = 250_000;
const MAX_DOCUMENT_VALUES = 500_000;

type Cost = 'inflatedBytes' | 'values';

class AnnexTooLarge extends Error {
  override name = 'AnnexTooLarge';
}

/** What loading one annex may cost; once exceeded, every further charge fails, so that pdf-lib cannot carry on. */
class ReadBudget {
  exceeded = false;
  readonly spent: Record<Cost, number> = { inflatedBytes: 0, values: 0 };
  constructor(private readonly limits: Record<Cost, number>) {}

  charge(cost: Cost, amount: number): void {
    this.spent[cost] += amount;
    if (this.exceeded || this.spent[cost] > this.limits[cost]) {
      this.exceeded = true;
      throw new AnnexTooLarge(`The annex needs more than ${this.limits[cost]} ${cost}`);
    }
  }
}

/** The budget of the annex being loaded, wherever pdf-lib's parser is in it. */
const reading = new AsyncLocalStorage<ReadBudget>();

/**
 * Charges the budget of the annex being loaded, if any, before each call of a method of one of pdf-lib's internal classes.
 * Node loads pdf-lib's CommonJS build (no exports map), the one patched here; pdf-lib is pinned at 1.17.1, and a hook
 * that no longer finds its method fails at import.
 */
function meter(
  module: string,
  method: string,
  charge: (self: Record<string, unknown>, budget: ReadBudget, args: unknown[]) => void,
): void {
  const prototype = (require(`pdf-lib/cjs/core/${module}.js`) as { default?: { prototype?: Record<string, unknown> } })
    .default?.prototype;
  const original = prototype?.[method];
  if (!prototype || typeof original !== 'function')
    throw new Error(`pdf-lib has no ${module}.${method} any more: update the annex reading bounds`);
  prototype[method] = function (this: Record<string, unknown>, ...args: unknown[]): unknown {
    const budget = reading.getStore();
    if (budget) charge(this, budget, args);
    return original.apply(this, args);
  };
}

// Every decoding filter asks ensureBuffer for room for its whole output so far before it writes more, so the growth is charged
// before it is allocated: https://github.com/Hopding/pdf-lib/blob/v1.17.1/src/core/streams/DecodeStream.ts#L148-L160
const decodedSoFar = new WeakMap<object, number>();
meter('streams/DecodeStream', 'ensureBuffer', (stream, budget, [requested]) => {
  const before = decodedSoFar.get(stream) ?? 0;
  if (typeof requested !== 'number' || requested <= before) return;
  decodedSoFar.set(stream, requested);
  budget.charge('inflatedBytes', requested - before);
});
// Every value parsed: https://github.com/Hopding/pdf-lib/blob/v1.17.1/src/core/parser/PDFObjectParser.ts#L54
meter('parser/PDFObjectParser', 'parseObject', (_parser, budget) => budget.charge('values', 1));
// pdf-lib catches a failure inside an indirect object and keeps its bytes as an invalid object, so a spent budget fails that too:
// https://github.com/Hopding/pdf-lib/blob/v1.17.1/src/core/parser/PDFParser.ts#L219-L225
meter('parser/PDFParser', 'tryToParseInvalidIndirectObject', (_parser, budget) => budget.charge('values', 1));

/** An annex's number and its pages, copied into the output; or why it is not integrated. */
export type Annex = { number: number; pages: PDFPage[] } | 'unreadable' | 'too large';

/**
 * Copies the pages of every PDF attachment into `output`, before the synthesis is laid out, so that it
 * can say which annexes made it. pdf-lib's default options refuse an encrypted file (instead of copying
 * its unreadable content); a damaged one, or one without pages, is not integrated either, nor one that
 * costs more than its budget to read.
 */
export async function prepareAnnexes(
  output: PDFDocument,
  messages: SynthesisMessage[],
): Promise<Map<SynthesisAttachment, Annex>> {
  const annexes = new Map<SynthesisAttachment, Annex>();
  const left: Record<Cost, number> = { inflatedBytes: MAX_DOCUMENT_INFLATED_BYTES, values: MAX_DOCUMENT_VALUES };
  let number = 0;
  for (const attachment of messages.flatMap((message) => message.attachments).filter(isPdf)) {
    const budget = new ReadBudget({
      inflatedBytes: Math.min(MAX_ANNEX_INFLATED_BYTES, left.inflatedBytes),
      values: Math.min(MAX_ANNEX_VALUES, left.values),
    });
    try {
      const pages = await reading.run(budget, async () => {
        // No pause every hundred objects: the renderer has its thread to itself, and a deadline.
        const source = await PDFDocument.load(attachment.bytes, { parseSpeed: ParseSpeeds.Fastest });
        return output.copyPages(source, source.getPageIndices());
      });
      // Only the pages' content: no actions run on opening a page, no links or other annotations.
      for (const page of pages) for (const key of ['AA', 'Annots']) page.node.delete(PDFName.of(key));
      annexes.set(attachment, pages.length > 0 ? { number: ++number, pages } : 'unreadable');
    } catch {
      annexes.set(attachment, budget.exceeded ? 'too large' : 'unreadable');
    } finally {
      left.inflatedBytes -= budget.spent.inflatedBytes;
      left.values -= budget.spent.values;
    }
  }
  return annexes;
}
