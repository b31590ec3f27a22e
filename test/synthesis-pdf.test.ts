// The synthesis PDF, read back with pdf.js (its text, information and drawn images): what it says, in which
// time zone, its images, its annexes, its footers, and that unreadable attachments never fail it.
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import PdfKit from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { manyObjectsPdf, objectStreamBombPdf, png as rgbPng, pngChunk, watchMemory, zeroBomb } from './kit/bombs.ts';
import { readPdf, pdfWithText as pdf, type ReadBack } from './kit/pdf.ts';
import { correction, delegate, expert, firstVersion, requestSummary } from './kit/documents.ts';
import type { SynthesisAttachment, SynthesisDocument } from '../src/synthesis/document.ts';
import { renderSynthesis } from '../src/synthesis/render.ts';

async function render(document: SynthesisDocument): Promise<ReadBack> {
  return readPdf(await renderSynthesis(document));
}

function synthesis(overrides: Partial<SynthesisDocument> = {}): SynthesisDocument {
  return {
    ...requestSummary(),
    generatedBy: expert,
    status: 'ACCEPTED',
    createdAt: new Date('2026-03-28T08:00:00Z'),
    dueAt: new Date('2026-04-04T08:00:00Z'),
    declineReason: null,
    withdrawReason: null,
    messages: [],
    reports: [],
    ...overrides,
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

/** A real PNG: colour type 2 (RGB) or 6 (RGBA), 8 bits, every pixel the same; `imageData` replaces its compressed pixels. */
function png(width: number, height: number, colorType: 2 | 6, imageData?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colorType;
  const pixel = colorType === 6 ? [200, 40, 40, 128] : [200, 40, 40];
  const row = [0, ...Array.from({ length: width }, () => pixel).flat()];
  const pixels = imageData ?? deflateSync(Buffer.from(Array.from({ length: height }, () => row).flat()));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A password-protected PDF, made with pdfkit (pdf-lib cannot encrypt). */
function encryptedPdf(): Promise<Buffer> {
  const document = new PdfKit({ userPassword: 'secret', ownerPassword: 'owner' });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));
  document.text('CHIFFRE-5512');
  document.end();
  return done;
}

describe('renderSynthesis', () => {
  it('prints the header, the parties, the patient, the consent, the question and every message in Paris time', async () => {
    const { text, info, pageCount } = await render(
      synthesis({
        messages: [
          // Listed out of order: the synthesis follows the sequence.
          {
            sequence: 3,
            kind: 'TEXT',
            author: expert,
            createdAt: new Date('2026-06-30T22:15:00Z'),
            body: 'Exérèse conseillée 👍, contrôle à 3 mois.',
            attachments: [],
          },
          {
            sequence: 1,
            kind: 'TEXT',
            author: delegate,
            createdAt: new Date('2026-03-29T00:30:00Z'),
            body: 'Fièvre ≥ 38,5 °C, CRP 12 µg/L.\nDeuxième ligne du message.',
            attachments: [],
          },
          {
            sequence: 2,
            kind: 'SYSTEM',
            author: null,
            createdAt: new Date('2026-03-29T01:30:00Z'),
            body: 'Demande acceptée.',
            attachments: [],
          },
        ],
      }),
    );
    expect(text).toContain('Synthèse de téléexpertise');
    expect(text).toContain('Référence : VGVsZWV4cGVydGlzZVJlcXVlc3Q6NDI=');
    expect(text).toContain('Statut : Acceptée');
    expect(text).toContain('Envoyée le : 28/03/2026 09:00');
    expect(text).toContain('Échéance : 04/04/2026 10:00'); // summer time from 29 March
    expect(text).toContain('Générée le 23/11/2026 14:05 par Claire Lefèvre');

    expect(text).toContain('Demandeur : Alice Martin — Infirmier·e — RPPS 10000000001');
    expect(text).toContain('au nom de Jean Dupont — Médecin (Cardiologie) — RPPS 10000000002');
    expect(text).toContain('Expert : Claire Lefèvre — Médecin (Dermatologie) — RPPS 10000000003');

    expect(text).toContain('Nom de naissance : Béranger');
    expect(text).toContain('Nom utilisé : Durand');
    expect(text).toContain('Prénom(s) : Éloïse Françoise');
    expect(text).toContain('Date de naissance : 14/07/1984');
    expect(text).toContain('Sexe : Féminin');
    expect(text).toContain('INS : 284077512345678');
    expect(text).toContain('Médecin traitant : Marc Petit — Médecin (Médecine générale) — RPPS 10000000004');
    expect(text).not.toContain('anonymisé');
    expect(text).toContain('Consentement : recueilli auprès du patient le 28/03/2026 08:45');
    expect(text).toContain('Lésion pigmentée du dos apparue en 2025 : avis sur une exérèse ?');

    // 00:30 UTC is 01:30 in Paris (winter time), 01:30 UTC is 03:30 (summer time began at 01:00 UTC),
    // 22:15 UTC on 30 June is the next day in Paris.
    const first = text.indexOf('Message n° 1 — Alice Martin — 29/03/2026 01:30');
    const second = text.indexOf('Message n° 2 — Système — 29/03/2026 03:30 — message système');
    const third = text.indexOf('Message n° 3 — Claire Lefèvre — 01/07/2026 00:15');
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(text).toMatch(/Fièvre ≥ 38,5 °C, CRP 12 µg\/L\.\n\s*Deuxième ligne du message\./);
    expect(text.slice(second)).toContain('Demande acceptée.');
    // The emoji has no DejaVu glyph: it must not break the text around it.
    expect(text.slice(third)).toMatch(/Exérèse conseillée .*, contrôle à 3 mois\./);

    expect(pageCount).toBe(1);
    expect(info).toEqual({
      title: 'Synthèse de téléexpertise VGVsZWV4cGVydGlzZVJlcXVlc3Q6NDI=',
      producer: expect.stringMatching(/^teleexpertise-api/),
      creationDate: '2026-11-23T13:05:00.000Z',
    });
  });

  it('lets a long message run over pages, with "page X / Y" on every page', async () => {
    const lines = Array.from(
      { length: 300 },
      (_, i) => `Ligne ${String(i + 1).padStart(3, '0')} de l'observation clinique.`,
    );
    const { text, pages, pageCount } = await render(
      synthesis({
        messages: [
          {
            sequence: 1,
            kind: 'TEXT',
            author: delegate,
            createdAt: new Date('2026-03-28T10:00:00Z'),
            body: lines.join('\n'),
            attachments: [],
          },
        ],
      }),
    );
    expect(pageCount).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(text).toContain(line);
    expect(text.indexOf('Ligne 300')).toBeGreaterThan(text.indexOf('Ligne 001'));
    expect(pages.findIndex((page) => page.includes('Ligne 300'))).toBeGreaterThan(
      pages.findIndex((page) => page.includes('Ligne 001')),
    );
    expect(text).toContain('page 1 / ');
    pages.forEach((page, index) => {
      expect(page).toContain(`page ${index + 1} / ${pageCount}`);
      expect(page).toContain('Synthèse de téléexpertise VGVsZWV4cGVydGlzZVJlcXVlc3Q6NDI=');
    });
  });

  it('breaks a word as long as a whole message across lines, and strips characters that would disguise the text', async () => {
    const word = 'A'.repeat(19_990) + 'FIN-DU-MOT';
    const { flat } = await render(
      synthesis({
        messages: [
          {
            sequence: 1,
            kind: 'TEXT',
            author: delegate,
            createdAt: new Date('2026-03-28T10:00:00Z'),
            body: `${word}\nDose\u202e 05 mg\u202c.`,
            attachments: [],
          },
        ],
      }),
    );
    expect(flat).toContain('FIN-DU-MOT');
    expect(flat.match(/A+/g)!.join('').length).toBeGreaterThanOrEqual(19_990);
    expect(flat).toContain('Dose 05 mg.');
    expect(flat).not.toContain('\u202e');
  });

  it('prints "Patient : anonymisé" and no identity for an anonymized request, and a consent not collected', async () => {
    const { text } = await render(
      synthesis({
        status: 'DECLINED',
        declineReason: 'Hors de mon champ de compétence.',
        patient: null,
        consent: { givenBy: 'NOT_COLLECTED', collectedAt: null, notCollectedReason: 'Patient inconscient' },
        onBehalfOf: null,
      }),
    );
    expect(text).toMatch(/^Patient : anonymisé$/m);
    for (const identity of [
      'Béranger',
      'Durand',
      'Éloïse',
      '14/07/1984',
      '284077512345678',
      'Marc Petit',
      'Nom de naissance',
    ])
      expect(text).not.toContain(identity);
    expect(text).toContain('Consentement : non recueilli — motif : Patient inconscient');
    expect(text).toContain('Statut : Refusée');
    expect(text).toContain('Motif du refus : Hors de mon champ de compétence.');
    expect(text).not.toContain('au nom de');
  });

  it('draws PNG images, and lists corrupt images as unreadable without failing', async () => {
    // Whole chunks with right CRCs, but pixels that do not inflate, with alpha: pdfkit alone would throw
    // out of a zlib callback (an uncaught exception) and never finish the document.
    const corruptAlpha = png(4, 4, 6, Buffer.from('not zlib data'));
    // Pixels that inflate, with a filter byte out of 0-4.
    const badFilter = png(4, 4, 6, deflateSync(Buffer.alloc(4 * 17, 9)));
    const message = (attachments: SynthesisAttachment[]) => [
      {
        sequence: 1,
        kind: 'TEXT' as const,
        author: expert,
        createdAt: new Date('2026-03-28T10:00:00Z'),
        body: 'Photos.',
        attachments,
      },
    ];

    const { text, flat, images } = await render(
      synthesis({
        messages: message([
          attachment('dermoscopie.png', 'image/png', png(40, 30, 2)),
          attachment('detourage.png', 'image/png', png(30, 20, 6)),
          attachment('tronquee.png', 'image/png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
          attachment('alpha-abimee.png', 'image/png', corruptAlpha),
          attachment('filtre.png', 'image/png', badFilter),
          attachment('faux.jpg', 'image/jpeg', Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02])),
          // A header announcing 25 megapixels: refused before anything is decoded.
          attachment('geante.png', 'image/png', png(5000, 5000, 2, Buffer.from('never read'))),
          attachment('notes.txt', 'text/plain', Buffer.from('notes')),
        ]),
      }),
    );
    expect(images.map(({ width, height }) => [width, height])).toEqual([
      [40, 30],
      [30, 20],
    ]);
    // The RGBA image kept its transparency, and the RGB one got none.
    expect(images.map(({ softMask }) => softMask)).toEqual([null, { width: 30, height: 20 }]);
    expect(flat).toMatch(/• dermoscopie\.png \(image\/png, \d+ o\) SHA-256/);
    expect(flat).toMatch(/• detourage\.png \(image\/png, \d+ o\) SHA-256/);
    expect(flat).toContain('• tronquee.png (image/png, 16 o) — image illisible');
    expect(flat).toMatch(/• alpha-abimee\.png \(image\/png, \d+ o\) — image illisible/);
    expect(flat).toMatch(/• filtre\.png \(image\/png, \d+ o\) — image illisible/);
    expect(flat).toContain('• faux.jpg (image/jpeg, 5 o) — image illisible');
    expect(flat).toMatch(/• geante\.png \(image\/png, \d+ o\) — image trop grande pour être affichée/);
    expect(flat).toContain('• notes.txt (text/plain, 5 o) SHA-256');

    // Without the images, nothing is drawn.
    expect((await render(synthesis({ messages: message([]) }))).images).toEqual([]);
  });

  it('appends the pages of PDF attachments as numbered annexes, and reports damaged or encrypted ones', async () => {
    const ecg = attachment('ecg.pdf', 'application/pdf', await pdf('ANNEXE-ECG-7731', 2));
    const biology = attachment('biologie.pdf', 'application/pdf', await pdf('ANNEXE-BIO-4410', 1));
    const damaged = attachment('abime.pdf', 'application/pdf', Buffer.from('%PDF-1.4 garbage'));
    const encrypted = attachment('protege.pdf', 'application/pdf', await encryptedPdf());
    const messages = (attachments: SynthesisAttachment[]): SynthesisDocument['messages'] => [
      {
        sequence: 1,
        kind: 'TEXT',
        author: delegate,
        createdAt: new Date('2026-03-28T10:00:00Z'),
        body: 'ECG et bilan joints.',
        attachments,
      },
    ];

    const without = await render(synthesis({ messages: messages([]) }));
    const withAnnexes = await render(synthesis({ messages: messages([ecg, damaged, encrypted, biology]) }));
    expect(withAnnexes.pageCount).toBe(without.pageCount + 3);

    const { text, flat, pages, pageCount } = withAnnexes;
    expect(flat).toMatch(/• ecg\.pdf \(application\/pdf, 1,\d Ko\) — annexe 1, ajoutée en fin de document/);
    expect(flat).toMatch(/• biologie\.pdf \([^)]*\) — annexe 2, ajoutée en fin de document/);
    const notIntegrated = 'annexe non intégrée (fichier illisible ou chiffré) : à télécharger depuis la conversation';
    expect(flat).toContain(`• abime.pdf (application/pdf, 16 o) — ${notIntegrated}`);
    expect(flat).toContain(
      `• protege.pdf (application/pdf, ${(encrypted.size / 1024).toFixed(1).replace('.', ',')} Ko) — ${notIntegrated}`,
    );
    expect(text).not.toContain('CHIFFRE-5512');

    // The synthesis pages first, with their footers, then the annexes in order, without.
    const synthesisPages = without.pageCount;
    expect(pages.slice(0, synthesisPages).join('')).not.toContain('ANNEXE-');
    expect(pages[synthesisPages]).toContain('ANNEXE-ECG-7731 page 1');
    expect(pages[synthesisPages + 1]).toContain('ANNEXE-ECG-7731 page 2');
    expect(pages[synthesisPages + 2]).toContain('ANNEXE-BIO-4410 page 1');
    expect(text.indexOf('ANNEXE-ECG-7731')).toBeGreaterThan(text.indexOf('Compte-rendu'));
    expect(pages[synthesisPages - 1]).toContain(`page ${synthesisPages} / ${synthesisPages}`);
    expect(pages.slice(synthesisPages).join('')).not.toMatch(/page \d+ \/ \d+/);
    expect(pageCount).toBe(synthesisPages + 3);
  });

  it('appends an annex’s pages without the actions and links it carried', async () => {
    const source = await PDFDocument.load(await pdf('ANNEXE-ACTIVE-3391', 1));
    const page = source.getPage(0);
    const launch = source.context.register(
      source.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 200, 200], A: { S: 'Launch', F: 'calc.exe' } }),
    );
    page.node.set(PDFName.of('Annots'), source.context.obj([launch]));
    page.node.set(PDFName.of('AA'), source.context.obj({ O: { S: 'JavaScript', JS: 'app.alert(1)' } }));
    const active = attachment('actif.pdf', 'application/pdf', await source.save());
    const bytes = await renderSynthesis(
      synthesis({
        messages: [
          {
            sequence: 1,
            kind: 'TEXT',
            author: delegate,
            createdAt: new Date('2026-03-28T10:00:00Z'),
            body: 'PDF.',
            attachments: [active],
          },
        ],
      }),
    );
    const output = await PDFDocument.load(bytes);
    const last = output.getPage(output.getPageCount() - 1);
    expect((await readPdf(bytes)).pages.at(-1)).toContain('ANNEXE-ACTIVE-3391');
    expect(last.node.get(PDFName.of('Annots'))).toBeUndefined();
    expect(last.node.get(PDFName.of('AA'))).toBeUndefined();
  });

  it('leaves out, unread, an annex whose object stream inflates to a gigabyte, and integrates the others', async () => {
    const bomb = objectStreamBombPdf('ANNEXE-BOMBE-0001', 1024 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    const ecg = attachment('ecg.pdf', 'application/pdf', await pdf('ANNEXE-ECG-7731', 1));
    const { result, peakGrowthMb } = await watchMemory(() =>
      render(
        synthesis({
          messages: [
            {
              sequence: 1,
              kind: 'TEXT',
              author: delegate,
              createdAt: new Date('2026-03-28T10:00:00Z'),
              body: 'Pièces.',
              attachments: [attachment('bombe.pdf', 'application/pdf', bomb), ecg],
            },
          ],
        }),
      ),
    );
    // Inflated whole, it took 1.1 GB; within its budget, under 100 MB.
    expect(peakGrowthMb).toBeLessThan(300);
    const { flat, text } = result;
    expect(flat).toMatch(
      /• bombe\.pdf \(application\/pdf, [\d, ]+ Ko\) — annexe non intégrée \(fichier trop volumineux ou trop complexe\) : à télécharger depuis la conversation/,
    );
    expect(text).not.toContain('ANNEXE-BOMBE-0001');
    expect(flat).toMatch(/• ecg\.pdf \([^)]*\) — annexe 1, ajoutée en fin de document/);
    expect(text).toContain('ANNEXE-ECG-7731 page 1');
  });

  it('leaves out an annex with more objects than its budget, before they fill the heap', async () => {
    // 300,000 objects in a 1.3 MB file: about 70 MB of heap without the budget, and the annex integrated.
    const crowded = attachment('foule.pdf', 'application/pdf', manyObjectsPdf('ANNEXE-FOULE-0002', 300_000));
    const reasonable = attachment(
      'raisonnable.pdf',
      'application/pdf',
      manyObjectsPdf('ANNEXE-RAISONNABLE-0003', 20_000),
    );
    const { flat, text } = await render(
      synthesis({
        messages: [
          {
            sequence: 1,
            kind: 'TEXT',
            author: delegate,
            createdAt: new Date('2026-03-28T10:00:00Z'),
            body: 'Pièces.',
            attachments: [crowded, reasonable],
          },
        ],
      }),
    );
    expect(flat).toMatch(/• foule\.pdf \([^)]*\) — annexe non intégrée \(fichier trop volumineux ou trop complexe\)/);
    expect(text).not.toContain('ANNEXE-FOULE-0002');
    expect(flat).toMatch(/• raisonnable\.pdf \([^)]*\) — annexe 1, ajoutée en fin de document/);
    expect(text).toContain('ANNEXE-RAISONNABLE-0003');
  });

  it('refuses a PNG whose pixel data inflates past its header, and drops an inflating profile unread', async () => {
    const bombs = [
      // 1 by 1 pixel, 512 MB of pixel data.
      attachment('pixels.png', 'image/png', rgbPng(1, 1, { pixels: zeroBomb(512 * 1024 * 1024) })),
      // A real picture, with an ICC profile that inflates to 512 MB (fast-png would inflate it whole).
      attachment(
        'profil.png',
        'image/png',
        rgbPng(40, 30, {
          extra: [['iCCP', Buffer.concat([Buffer.from('bombe\0\0', 'latin1'), zeroBomb(512 * 1024 * 1024)])]],
        }),
      ),
    ];
    const { result, peakGrowthMb } = await watchMemory(() =>
      render(
        synthesis({
          messages: [
            {
              sequence: 1,
              kind: 'TEXT',
              author: expert,
              createdAt: new Date('2026-03-28T10:00:00Z'),
              body: 'Photos.',
              attachments: bombs,
            },
          ],
        }),
      ),
    );
    expect(peakGrowthMb).toBeLessThan(300);
    expect(result.flat).toMatch(/• pixels\.png \(image\/png, [\d, ]+ Ko\) — image illisible/);
    expect(result.images.map(({ width, height }) => [width, height])).toEqual([[40, 30]]);
  });

  it('prints every signed version of the report and which one is in force', async () => {
    const { text } = await render(
      synthesis({
        status: 'REPORTED',
        reports: [firstVersion(), correction()],
      }),
    );
    expect(text).toContain('Statut : Compte-rendu signé');
    expect(text).toContain('Version en vigueur : version 2, signée le 02/04/2026 18:30.');
    const first = text.indexOf('Version 1 (remplacée)');
    const second = text.indexOf('Version 2 (en vigueur)');
    expect(first).toBeGreaterThan(text.indexOf('Compte-rendu\n'));
    expect(second).toBeGreaterThan(first);
    const [version1, version2] = [text.slice(first, second), text.slice(second)];
    expect(version1).toContain('Signé le : 01/04/2026 11:00 par Claire Lefèvre');
    expect(version1).toContain('Naevus atypique.');
    expect(version1).toMatch(/Traitements proposés\n\s*Aucun/);
    expect(version1).toContain('Dermoscopie de contrôle.');
    expect(version1).toContain('Suite à donner : Consultation en présentiel');
    expect(version1).not.toContain('Motif de la correction');
    expect(version2).toContain('Motif de la correction : Relecture des images de dermoscopie.');
    expect(version2).toContain('Mélanome suspecté : exérèse rapide.');
    expect(version2).toContain('Exérèse chirurgicale avec marges de 2 mm.');
    expect(version2).toContain('Analyse anatomopathologique.');
    expect(version2).toContain('Suite à donner : Orientation hospitalière');
    expect(text).not.toContain('Aucun compte-rendu signé');
  });

  it('says when no report has been signed', async () => {
    const { text } = await render(synthesis());
    expect(text).toContain('Compte-rendu\nAucun compte-rendu signé à la date de la synthèse.');
    expect(text).toContain('Conversation\nAucun message.');
  });
});
