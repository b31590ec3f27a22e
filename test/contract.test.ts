// The contract is visible: the committed SDL and typed operations are what `npm run codegen` produces from the code.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

describe('the committed contract', () => {
  it('matches what `npm run codegen` writes from the code', async () => {
    const scratch = await mkdtemp(path.join(os.tmpdir(), 'teleexpertise-codegen-'));
    try {
      for (const config of ['codegen.ts', 'docs/frontend-example/codegen.ts']) {
        await promisify(execFile)(
          path.join(root, 'node_modules/.bin/graphql-codegen'),
          ['--config', config, '--silent'],
          {
            cwd: root,
            env: { ...process.env, CODEGEN_OUT_DIR: scratch },
          },
        );
      }
      const generated = async (directory: string) =>
        (await readdir(path.join(scratch, directory))).map((file) => `${directory}/${file}`);
      const files = [
        'schema/schema.graphql',
        ...(await generated('test/generated')),
        ...(await generated('docs/frontend-example/generated')),
      ];
      expect(files).toContain('test/generated/graphql.ts');
      expect(files).toContain('docs/frontend-example/generated/graphql.ts');
      for (const file of files) {
        const committed = await readFile(path.join(root, file), 'utf8').catch(() => '<missing>');
        const generated = await readFile(path.join(scratch, file), 'utf8');
        expect(committed, `${file} is stale: run npm run codegen and commit the result`).toBe(generated);
      }
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('names the root fields and types of docs/api.md#root-fields-and-types', async () => {
    const sdl = await readFile(path.join(root, 'schema/schema.graphql'), 'utf8');
    for (const name of [
      'me: Professional!',
      'node(id: ID!): Node',
      'nodes(ids: [ID!]!): [Node]!',
      'experts(after: String, before: String, filter: ExpertFilter, first: Int, last: Int): ExpertConnection!',
      'updateExpertProfile(input: ExpertProfileInput!): ExpertProfile!',
      'enum PatientIdentityPolicy',
      'enum ExpertTool',
      'enum Profession',
      'type Professional implements Node',
      'requests(after: String, before: String, filter: RequestFilter, first: Int, last: Int): TeleexpertiseRequestConnection!',
      'grantDelegation(delegateId: ID!): Delegation!',
      'revokeDelegation(id: ID!): Delegation!',
      'createRequest(input: CreateRequestInput!): TeleexpertiseRequest!',
      'postMessage(input: PostMessageInput!): Message!',
      'markRead(requestId: ID!, upTo: ID!): TeleexpertiseRequest!',
      'requestInformation(message: String!, requestId: ID!): TeleexpertiseRequest!',
      'acceptRequest(requestId: ID!, responseDueAt: DateTime!): TeleexpertiseRequest!',
      'declineRequest(reason: String!, requestId: ID!): TeleexpertiseRequest!',
      'withdrawRequest(reason: String, requestId: ID!): TeleexpertiseRequest!',
      'messages(after: String, before: String, first: Int, last: Int): MessageConnection!',
      'enum RequestStatus',
      'enum ConsentGivenBy',
      'enum MessageKind',
      'enum RequestRole',
      'type TeleexpertiseRequest implements Node',
      'type Message implements Node',
      'type Attachment implements Node',
      'prerequisiteTemplates: [Attachment!]!',
      'scalar File',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
