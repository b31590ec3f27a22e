// The synthesis rendered in a worker thread: the same PDF as in the thread, while the main thread's event
// loop and memory stay free; a render past its deadline or its heap is stopped alone, with a reason.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { objectStreamBombPdf, png, watchMemory } from './kit/bombs.ts';
import { pdfWithText, readPdf } from './kit/pdf.ts';
import type { SynthesisAttachment, SynthesisDocument, SynthesisParty } from '../src/synthesis/document.ts';
import { renderSynthesis } from '../src/synthesis/render.ts';
import { DEFAULT_SYNTHESIS_RENDER_LIMITS, SynthesisRenderer, SynthesisRenderFailure } from '../src/synthesis/pool.ts';

const author: SynthesisParty = {
  firstName: 'Claire',
  lastName: 'Lefèvre',
  profession: 'PHYSICIAN',
  specialty: 'Dermatologie',
  rpps: '10000000003',
};

function synthesis(attachments: SynthesisAttachment[] = [], body = 'Pièces jointes.'): SynthesisDocument {
  return {
    reference: 'VGVsZWV4cGVydGlzZVJlcXVlc3Q6NDI=',
    generatedAt: new Date('2026-11-23T13:05:00Z'),
    generatedBy: author,
    status: 'ACCEPTED',
    createdAt: new Date('2026-03-28T08:00:00Z'),
    dueAt: new Date('2026-04-04T08:00:00Z'),
    requester: author,
    onBehalfOf: null,
    expert: author,
    team: null,
    patient: null,
    consent: { givenBy: 'NOT_COLLECTED', collectedAt: null, notCollectedReason: 'Urgence' },
    question: 'Avis ?',
    declineReason: null,
    withdrawReason: null,
    messages: [{ sequence: 1, kind: 'TEXT', author, createdAt: new Date('2026-03-28T10:00:00Z'), body, attachments }],
    reports: [],
  };
}

function attachment(fileName: string, mediaType: string, bytes: Uint8Array): SynthesisAttachment {
  return {
    fileName,
    mediaType,
    size: bytes.byteLength,
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    bytes,
  };
}

/** Rejects with the failure's reason, or fails the test. */
async function failureOf(render: Promise<unknown>): Promise<string> {
  const error = await render.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(SynthesisRenderFailure);
  return (error as SynthesisRenderFailure).reason;
}

const renderer = new SynthesisRenderer();
afterAll(() => renderer.close());

afterEach(() => {
  renderer.setLimits(DEFAULT_SYNTHESIS_RENDER_LIMITS);
});

describe('SynthesisRenderer', () => {
  it('renders in a worker thread the PDF renderSynthesis renders, and moves the attachments there rather than copying them', async () => {
    const annex = await pdfWithText('ANNEXE-ECG-7731', 2);
    const inThread = await readPdf(await renderSynthesis(synthesis([attachment('ecg.pdf', 'application/pdf', annex)])));
    const bytes = new Uint8Array(annex); // a buffer of its own: moved
    const before = renderer.stats().started;
    const inWorker = await readPdf(await renderer.render(synthesis([attachment('ecg.pdf', 'application/pdf', bytes)])));
    expect(inWorker.text).toBe(inThread.text);
    expect(inWorker.text).toContain('ANNEXE-ECG-7731 page 2');
    expect(bytes.byteLength).toBe(0); // detached: it went to the worker without a copy
    // One worker for the render (or the spare one), one more loaded for the next.
    expect(renderer.stats().started).toBeGreaterThan(before);
    expect(renderer.stats().running).toBe(0);
  });

  it('renders an annex that inflates to a gigabyte, and a 12-megapixel photo, while the main thread stays free and its memory flat', async () => {
    const bomb = objectStreamBombPdf('ANNEXE-BOMBE-0001', 1024 * 1024 * 1024);
    const photo = png(4000, 3000);
    // Copies: the worker takes the buffers it is given.
    const document = () =>
      synthesis([
        attachment('bombe.pdf', 'application/pdf', new Uint8Array(bomb)),
        attachment('photo.png', 'image/png', new Uint8Array(photo)),
      ]);

    const { result, sampledGrowthMb, peakGrowthMb, longestStallMs } = await watchMemory(() =>
      renderer.render(document()),
    );
    const { flat, images } = await readPdf(result);
    expect(flat).toMatch(/• bombe\.pdf \([^)]*\) — annexe non intégrée \(fichier trop volumineux ou trop complexe\)/);
    expect(images.some(({ width, height }) => width === 4000 && height === 3000)).toBe(true);
    // The process, the worker being one of its threads: 1.4 to 1.6 GB more when the bomb was inflated whole,
    // under 200 MB within the budget (the worker's modules, the photo's pixels, the 32 MB of inflating allowed).
    expect(sampledGrowthMb).toBeLessThan(400);
    expect(peakGrowthMb).toBeLessThan(400);
    // The same work in the thread holds the event loop for seconds (decoding and encoding the photo): 20 ms against 2 s here.
    const inThread = await watchMemory(() => renderSynthesis(document()));
    expect(inThread.longestStallMs).toBeGreaterThan(4 * longestStallMs);
    expect(longestStallMs).toBeLessThan(500);
  });

  it('terminates a render past its deadline with a failure that says so, and renders the next one', async () => {
    renderer.setLimits({ timeoutMs: 50 });
    const lines = Array.from({ length: 2000 }, (_, i) => `Ligne ${i + 1} de l'observation clinique.`).join('\n');
    const started = Date.now();
    expect(await failureOf(renderer.render(synthesis([], lines)))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(renderer.stats().running).toBe(0);

    renderer.setLimits(DEFAULT_SYNTHESIS_RENDER_LIMITS);
    expect((await readPdf(await renderer.render(synthesis([], 'Après le délai dépassé.')))).text).toContain(
      'Après le délai dépassé.',
    );
  });

  it('stops a render that runs out of heap, and not the render running beside it', async () => {
    const starved = renderer.render(synthesis(), { maxOldGenerationSizeMb: 8 });
    const healthy = renderer.render(synthesis([], 'Rendu à côté.'));
    expect(await failureOf(starved)).toBe('memory');
    expect((await readPdf(await healthy)).text).toContain('Rendu à côté.');
  });

  it('refuses a render at once when two are running and eight are waiting', async () => {
    // Each of them stopped early by its deadline, so that the queue empties quickly.
    const queued = Array.from({ length: 10 }, () => failureOf(renderer.render(synthesis(), { timeoutMs: 100 })));
    expect(renderer.stats()).toMatchObject({ running: 2, waiting: 8 });
    expect(await failureOf(renderer.render(synthesis()))).toBe('busy');
    expect(await Promise.all(queued)).toEqual(Array.from({ length: 10 }, () => 'timeout'));
    expect(renderer.stats()).toMatchObject({ running: 0, waiting: 0 });
  });
});
