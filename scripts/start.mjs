// `npm start`: runs the server from a bundle of its TypeScript sources, made with esbuild (the packages
// stay outside, loaded by Node as usual). Loading some hundred modules through tsx's loader hooks took
// about 0.7 s of a start. The bundle is made again whenever one of the files it was made from (or this
// script, the TypeScript settings, the lockfile) has changed or gone, or the checkout has moved.
// `npm run dev` still runs the sources through tsx, with --watch.
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'dist', 'server');
const entry = path.join(outdir, 'server.js');
/** Where the bundle was made from and what each of its files was then (time and size), written beside it. */
const inputsFile = path.join(outdir, 'inputs.json');
const ALWAYS_CHECKED = ['scripts/start.mjs', 'tsconfig.json', 'package-lock.json'];

/** A file as the bundle saw it: a file changed since (even to an older time, as a copy that keeps times does) differs. */
async function fingerprint(file) {
  const { mtimeMs, size } = await stat(path.join(root, file));
  return `${mtimeMs}:${size}`;
}

async function upToDate() {
  try {
    await stat(entry);
    const made = JSON.parse(await readFile(inputsFile, 'utf8'));
    // The bundle names its sources by absolute path: a checkout moved or copied elsewhere makes its own.
    if (made.root !== root) return false;
    const now = await Promise.all(Object.keys(made.files).map(fingerprint));
    return Object.values(made.files).every((seen, index) => seen === now[index]);
  } catch {
    return false; // no bundle yet, or an input is gone
  }
}

/**
 * Each source module keeps its own import.meta: the migrations, fonts and worker entry are found
 * relative to the file that names them, as when the sources run through tsx.
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const meta = { url: pathToFileURL(file).href, filename: file, dirname: path.dirname(file) };
      const contents = source.replace(/\bimport\.meta\.(url|filename|dirname)\b/g, (_match, key) =>
        JSON.stringify(meta[key]),
      );
      return { contents, loader: 'ts' };
    });
  },
};

async function bundle() {
  const begunAt = Date.now();
  const { build } = await import('esbuild');
  const { outputFiles, metafile } = await build({
    absWorkingDir: root,
    entryPoints: { server: 'src/server.ts' },
    bundle: true,
    // Modules imported on demand (the migration engine) stay in chunks of their own, loaded only when needed.
    splitting: true,
    chunkNames: '[name]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Not enabled by default (reading the map costs about 0.15 s of a start): NODE_OPTIONS=--enable-source-maps
    // maps stacks back to the sources; without it, the bundle names each source file above its code.
    sourcemap: 'linked',
    outdir,
    write: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [ownImportMeta],
  });
  const inputs = [...ALWAYS_CHECKED, ...Object.keys(metafile.inputs)];
  const files = {};
  for (const file of inputs) {
    // A file changed while the bundle was being made may not be in it: the next start makes it again.
    const { mtimeMs } = await stat(path.join(root, file));
    files[file] = mtimeMs < begunAt ? await fingerprint(file) : 'changed while bundling';
  }
  // Several servers may start from the same checkout: each file is written aside and renamed into place,
  // the list of inputs last, so that a list that matches always comes with the bundle it describes.
  const written = [
    ...outputFiles.filter((file) => file.path !== entry),
    ...outputFiles.filter((file) => file.path === entry),
    { path: inputsFile, contents: JSON.stringify({ root, files }) },
  ];
  await mkdir(outdir, { recursive: true });
  for (const { path: file, contents } of written) {
    const aside = `${file}.${process.pid}.tmp`;
    await writeFile(aside, contents);
    await rename(aside, file);
  }
}

let entryUrl = pathToFileURL(entry).href;
try {
  if (!(await upToDate())) await bundle();
} catch (error) {
  // A checkout that cannot be written to (a read-only image, say): the sources run through tsx, as `npm run dev` does.
  // Anything else (a syntax error in the sources, esbuild missing) stops the start with its own message.
  if (!['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST'].includes(error?.code)) throw error;
  process.emitWarning(
    `The server runs from its sources through tsx, slower to start: no bundle could be made in ${outdir} (${error.message})`,
  );
  const { register } = await import('tsx/esm/api');
  register();
  entryUrl = pathToFileURL(path.join(root, 'src', 'server.ts')).href;
}
await import(entryUrl);
