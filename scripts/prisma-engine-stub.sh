#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here.
# Migrations run in-process instead: see src/db/engine.ts and `npm run migrate`.
echo "The native Prisma schema engine is not used by this project: use 'npm run migrate' (apply) or 'npm run migrate:create' (new migration)." >&2
exit 1
