-- The supervisor named on a session may decline it (they did not hold it) with a comment; the trainee then
-- corrects or deletes it. Until it is confirmed the trainee may change it, so it records when it last changed.
alter table supervision_session
    add column declined_at     datetime(6)   null,
    add column decline_comment varchar(1000) null,
    add column updated_at      datetime(6)   null;

-- MI skills practice is audited like entries and sessions.
alter table practice_audit add column mi_practice_id bigint null;
create index ix_practice_audit_session on practice_audit (session_id, at);

-- One row per trainee, locked while one of their entries is saved: two tabs saving overlapping entries at the
-- same moment are checked one after the other instead of both passing the overlap check.
create table practice_log_lock (
    trainee_id bigint not null primary key
) engine = InnoDB;
