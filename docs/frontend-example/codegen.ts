// A front-end's GraphQL Code Generator configuration: typed documents from the API's committed schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

// The contract test writes to a scratch directory and compares with the committed output.
const out = process.env.CODEGEN_OUT_DIR ?? '.';

const config: CodegenConfig = {
  // A front-end in another repository points at the running API instead:
  // schema: { 'http://127.0.0.1:4000/graphql': { headers: { Authorization: `Bearer ${process.env.TOKEN}` } } },
  schema: 'schema/schema.graphql',
  documents: ['docs/frontend-example/*.ts', '!docs/frontend-example/codegen.ts'],
  ignoreNoDocuments: false,
  // ESM output: imports end in .js, as Node and bundlers resolve them.
  emitLegacyCommonJSImports: false,
  generates: {
    [`${out}/docs/frontend-example/generated/`]: {
      preset: 'client',
      // Each component reads only the fragment it asked for; outside React the unmasking function is not a hook.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Dates travel as ISO 8601 strings; files go up as File or Blob and never come back.
        scalars: {
          Date: 'string',
          DateTime: 'string',
          File: { input: 'File | Blob', output: 'never' },
        },
      },
    },
  },
};

export default config;
