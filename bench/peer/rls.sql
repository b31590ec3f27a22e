-- PostGraphile 5 benchmark peer: the role, grants, row-level security and computed column it needs.
-- Idempotent; run as postgres on the benchmark database, after the migrations:
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f bench/peer/rls.sql
--
-- RLS is ENABLED, not FORCED: the table owner and superusers (our own server connects as postgres)
-- bypass it, so our server's statements and plans are unaffected. Only bench_peer, the role the peer
-- switches to in each transaction (pgSettings role), is filtered.
-- No index is added: the policies use the indexes our schema already has.

begin;

do $$
begin
  if not exists (select from pg_roles where rolname = 'bench_peer') then
    create role bench_peer nologin;
  end if;
end
$$;

-- Helpers live outside the exposed schema (the peer serves 'public' only), so they are not GraphQL fields.
create schema if not exists bench_peer;
grant usage on schema bench_peer to bench_peer;
grant usage on schema public to bench_peer;

-- The viewer: the professional named by the verified token's RPPS (set by the peer as jwt.claims.rpps);
-- no row when there is none. Policies read it as a scalar subquery, (select v."id" from bench_peer.viewer v):
-- the view is expanded into the statement and the subquery planned as an InitPlan, i.e. one index lookup
-- on "Professional"("rpps") per use in the statement, not one per row; the comparisons with it stay index
-- conditions, and it is planned with the statement (PostGraphile prepares its statements, so once per
-- connection), unlike a SQL function, which PostgreSQL 15 plans again at each statement.
create or replace view bench_peer.viewer as
  select p."id" from public."Professional" p where p."rpps" = current_setting('jwt.claims.rpps', true);
revoke all on bench_peer.viewer from public;
grant select on bench_peer.viewer to bench_peer;

-- What the peer reads. Professionals are a public directory (no RLS). Delegation: only the two columns
-- the request policy reads, so that who delegated to whom stays hidden.
grant select on public."Professional", public."TeleexpertiseRequest", public."Message", public."Attachment", public."ReadMark" to bench_peer;
revoke all on public."Delegation" from bench_peer;
grant select ("id", "revokedAt") on public."Delegation" to bench_peer;

alter table public."TeleexpertiseRequest" enable row level security;
alter table public."Message" enable row level security;
alter table public."Attachment" enable row level security;
alter table public."ReadMark" enable row level security;

-- A request is visible to its expert, to the professional in whose name it was made, and to the account
-- that made it unless it was made through a delegation since revoked (src/domain/access.ts visibleRequestWhere).
-- Each branch is an equality with an InitPlan parameter on an indexed leading column, so the planner can
-- BitmapOr the ("expertId" | "requesterId" | "onBehalfOfId", "lastActivityAt" desc, "id" desc) indexes.
drop policy if exists bench_peer_participant on public."TeleexpertiseRequest";
create policy bench_peer_participant on public."TeleexpertiseRequest" for select to bench_peer using (
  "expertId" = (select v."id" from bench_peer.viewer v)
  or "onBehalfOfId" = (select v."id" from bench_peer.viewer v)
  or (
    "requesterId" = (select v."id" from bench_peer.viewer v)
    and (
      "delegationId" is null
      or exists (select from public."Delegation" d where d."id" = "delegationId" and d."revokedAt" is null)
    )
  )
);

-- Messages are visible when their request is: the subquery on "TeleexpertiseRequest" is itself filtered
-- by the policy above (policies apply inside policies): PostgreSQL either probes the request's primary
-- key for each message or hashes the ids of the viewer's visible requests once per statement.
drop policy if exists bench_peer_participant on public."Message";
create policy bench_peer_participant on public."Message" for select to bench_peer using (
  exists (select from public."TeleexpertiseRequest" r where r."id" = "requestId")
);

-- Attachments of a visible message, and every expert's prerequisite templates (the directory is public),
-- as in visibleAttachmentWhere.
drop policy if exists bench_peer_participant on public."Attachment";
create policy bench_peer_participant on public."Attachment" for select to bench_peer using (
  "templateOfId" is not null
  or exists (select from public."Message" m where m."id" = "messageId")
);

-- A read mark is its owner's business only (a viewer only ever has marks on requests they took part in).
drop policy if exists bench_peer_own on public."ReadMark";
create policy bench_peer_own on public."ReadMark" for select to bench_peer using (
  "professionalId" = (select v."id" from bench_peer.viewer v)
);

-- Computed column TeleexpertiseRequest.unreadCount: PostGraphile 5 exposes a STABLE function of the
-- public schema whose first argument is a table row and whose name starts with the table's name and an
-- underscore as a field of that table's type, named after the rest ("unreadCount").
-- Definition as our loader (src/graphql/loaders.ts): messages with a sequence above the viewer's
-- ReadMark.lastReadSequence (0 without one) not written by the viewer, in the same join shape.
-- SECURITY DEFINER: PostGraphile only calls it with rows the viewer was allowed to read (the request
-- row comes from the RLS-filtered statement), as our loader is only given visible requests; with the
-- caller's rights, the Message and ReadMark policies would be checked again inside each call (measured
-- on the generated benchmark data: 21 calls cost about 18 ms instead of 1.7 ms). PostgreSQL cannot
-- inline it either way (it aggregates), so it runs once per request row, in the same statement.
-- Fixed search_path, fully qualified names: safe as a definer function.
create or replace function public."TeleexpertiseRequest_unreadCount"(r public."TeleexpertiseRequest")
  returns integer
  language sql stable parallel safe security definer
  set search_path = pg_catalog, pg_temp
  as $$
    select count(*)::integer
    from bench_peer.viewer v
    join public."Message" m on m."requestId" = r."id" and m."authorId" is distinct from v."id"
    left join public."ReadMark" rm on rm."requestId" = r."id" and rm."professionalId" = v."id"
    where m."sequence" > coalesce(rm."lastReadSequence", 0)
  $$;
comment on function public."TeleexpertiseRequest_unreadCount"(public."TeleexpertiseRequest") is E'@notNull\nMessages of the request the viewer has not read, their own excluded.';
revoke all on function public."TeleexpertiseRequest_unreadCount"(public."TeleexpertiseRequest") from public;
grant execute on function public."TeleexpertiseRequest_unreadCount"(public."TeleexpertiseRequest") to bench_peer;

-- The write: PostGraphile's generated createMessage(input: { message: { requestId, body } }), with what our
-- postMessage does around the insert done by triggers in the same statement: the request locked, the next
-- sequence number, the request's latest message, activity and unread counts, and the audit row. Not done
-- here, and done by ours: the inbox log of the change, the live event published to Redis, the move back to
-- triage of a requester's answer, the return of the first message for a clientMessageId already used.
-- The viewer may insert three columns; the trigger sets the others, whatever was sent.
revoke insert on public."Message" from bench_peer;
grant insert ("requestId", "body", "clientMessageId") on public."Message" to bench_peer;

-- The author is the viewer, and the request one they take part in (the select policy above, applied inside).
drop policy if exists bench_peer_post on public."Message";
create policy bench_peer_post on public."Message" for insert to bench_peer with check (
  "authorId" = (select v."id" from bench_peer.viewer v)
  and exists (select from public."TeleexpertiseRequest" r where r."id" = "requestId")
);

-- SECURITY DEFINER: bench_peer may not update requests nor write the audit trail itself. The insert policy,
-- checked after this trigger as bench_peer, still refuses a request the viewer does not take part in.
create or replace function bench_peer.message_before_insert() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  declare
    request record;
  begin
    select r."status", r."lastSequence" into request
      from public."TeleexpertiseRequest" r where r."id" = new."requestId" for update;
    if not found then
      raise exception 'No request with this id exists among those you can see' using errcode = 'P0002';
    end if;
    if request."status" in ('DECLINED', 'WITHDRAWN') then
      raise exception 'This request is %: its conversation is closed to new messages', request."status"
        using errcode = 'P0001';
    end if;
    new."id" := gen_random_uuid();
    new."sequence" := request."lastSequence" + 1;
    new."kind" := 'TEXT';
    new."authorId" := (select v."id" from bench_peer.viewer v);
    new."status" := null;
    new."body" := btrim(new."body");
    new."createdAt" := now();
    return new;
  end
  $$;

create or replace function bench_peer.message_after_insert() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, pg_temp
  as $$
  begin
    -- Each party's unread count, as countNewMessage: not the author's; a team's request no one holds counts for the team.
    update public."TeleexpertiseRequest" r set
      "lastSequence" = new."sequence",
      "lastMessageId" = new."id",
      "lastActivityAt" = new."createdAt",
      "updatedAt" = new."createdAt",
      "requesterUnread" = r."requesterUnread" + (r."requesterId" is distinct from new."authorId")::int,
      "expertUnread" = r."expertUnread"
        + (case when r."expertId" is null then r."teamId" is not null else r."expertId" <> new."authorId" end)::int,
      "onBehalfOfUnread" = r."onBehalfOfUnread"
        + (r."onBehalfOfId" is not null and r."onBehalfOfId" <> new."authorId")::int
    where r."id" = new."requestId";
    insert into public."AuditEvent" ("at", "actorId", "action", "entityType", "entityId", "requestId", "details")
    values (new."createdAt", new."authorId", 'message.post', 'Message', new."id", new."requestId",
            jsonb_build_object('sequence', new."sequence", 'kind', 'TEXT', 'attachments', 0));
    return null;
  end
  $$;

revoke all on function bench_peer.message_before_insert() from public;
revoke all on function bench_peer.message_after_insert() from public;
drop trigger if exists bench_peer_message_before on public."Message";
create trigger bench_peer_message_before before insert on public."Message"
  for each row when (current_user = 'bench_peer') execute function bench_peer.message_before_insert();
drop trigger if exists bench_peer_message_after on public."Message";
create trigger bench_peer_message_after after insert on public."Message"
  for each row when (current_user = 'bench_peer') execute function bench_peer.message_after_insert();

commit;
