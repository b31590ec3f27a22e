// Citations of the documentation resolve: every docs/<file>.md#<anchor> in the code, and every link between docs, names a file and heading that exist.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const CODE_DIRS = ['src', 'test', 'bench', 'scripts', 'prisma'];
const SKIP_DIRS = new Set(['node_modules', 'generated', 'results']);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : filesUnder(full);
      return /\.(ts|mts|mjs|js|prisma|sql)$/.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat();
}

/** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const anchorCache = new Map<string, Promise<Set<string>>>();
function anchorsOfFile(file: string): Promise<Set<string>> {
  let anchors = anchorCache.get(file);
  if (!anchors) {
    anchors = readFile(file, 'utf8').then(anchorsOf);
    anchorCache.set(file, anchors);
  }
  return anchors;
}

/** Why a link from `fromDir` to `target` (`path#anchor`) does not resolve, or undefined when it does. */
async function brokenLink(fromDir: string, target: string): Promise<string | undefined> {
  const [file = '', anchor] = target.split('#');
  const full = path.resolve(fromDir, file);
  if (!existsSync(full)) return `${path.relative(root, full)} does not exist`;
  if (anchor === undefined || anchor === '' || !full.endsWith('.md')) return undefined;
  return (await anchorsOfFile(full)).has(anchor) ? undefined : `${path.relative(root, full)} has no heading #${anchor}`;
}

describe('documentation links', () => {
  it('every docs/…#… or README.md#… citation in the code names an existing heading', async () => {
    const files = (await Promise.all(CODE_DIRS.map((dir) => filesUnder(path.join(root, dir))))).flat();
    const broken: string[] = [];
    let citations = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const [target] of text.matchAll(/(?<![\w/.])(?:docs\/[\w-]+\.md|README\.md)#[\w-]+/g)) {
        citations++;
        const why = await brokenLink(root, target);
        if (why) broken.push(`${path.relative(root, file)}: ${target}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
    expect(citations).toBeGreaterThan(0);
  });

  it('every relative link in docs/ names an existing file and heading', async () => {
    const docs = path.join(root, 'docs');
    const broken: string[] = [];
    for (const name of (await readdir(docs)).filter((entry) => entry.endsWith('.md'))) {
      const text = await readFile(path.join(docs, name), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        const why = target!.startsWith('#')
          ? await brokenLink(docs, `${name}${target}`)
          : await brokenLink(docs, target!);
        if (why) broken.push(`docs/${name}: ${target}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("the README's layout", () => {
  it('names paths that exist, and every entry of src/', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    const block = /## Layout\n+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const named = [...block.matchAll(/^(\S+)\s/gm)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((entry) => !existsSync(path.join(root, entry)))).toEqual([]);
    const entries = (await readdir(path.join(root, 'src'), { withFileTypes: true }))
      .filter((entry) => entry.name !== 'generated')
      .map((entry) => `src/${entry.name}${entry.isDirectory() ? '/' : ''}`);
    expect(entries.filter((entry) => !named.includes(entry))).toEqual([]);
  });
});
