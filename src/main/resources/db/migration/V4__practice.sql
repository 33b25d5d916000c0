-- Supervised practice: entries, their signatures, supervision sessions, MI skills practice and the audit trail.
-- Sized for organizations with thousands of staff and millions of entries: every per-trainee and per-month
-- question is answered from an index.

create table practice_entry (
    id                bigint        not null auto_increment primary key,
    trainee_id        bigint        not null,
    organization_id   bigint        not null,
    supervisor_id     bigint        null,
    entry_date        date          not null,
    start_time        time          not null,
    minutes           int           not null,
    domain            varchar(40)   not null,
    activity          varchar(40)   not null,
    setting           varchar(40)   not null,
    note              text          not null,
    status            varchar(20)   not null,
    submitted_at      datetime(6)   null,
    reviewed_at       datetime(6)   null,
    reviewer_id       bigint        null,
    review_comment    varchar(2000) null,
    created_at        datetime(6)   not null,
    updated_at        datetime(6)   not null,
    version           bigint        not null default 0,
    constraint fk_practice_entry_trainee foreign key (trainee_id) references user_account (id),
    constraint fk_practice_entry_supervisor foreign key (supervisor_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_practice_entry_trainee on practice_entry (trainee_id, status, entry_date);
create index ix_practice_entry_org on practice_entry (organization_id, status, entry_date);
create index ix_practice_entry_queue on practice_entry (supervisor_id, status, submitted_at);

-- A supervisor's signature over the exact content of one entry. Reopening keeps the row and marks it revoked.
create table practice_sign_off (
    id              bigint        not null auto_increment primary key,
    entry_id        bigint        not null,
    supervisor_id   bigint        not null,
    signed_at       datetime(6)   not null,
    content_hash    char(64)      not null,
    attestation     varchar(1000) not null,
    client_address  varchar(64)   null,
    user_agent      varchar(300)  null,
    revoked_at      datetime(6)   null,
    revoked_by      bigint        null,
    revoke_reason   varchar(1000) null,
    constraint fk_sign_off_entry foreign key (entry_id) references practice_entry (id),
    constraint fk_sign_off_supervisor foreign key (supervisor_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_sign_off_entry on practice_sign_off (entry_id, revoked_at);

create table supervision_session (
    id               bigint        not null auto_increment primary key,
    trainee_id       bigint        not null,
    organization_id  bigint        not null,
    supervisor_id    bigint        not null,
    session_date     date          not null,
    minutes          int           not null,
    format           varchar(20)   not null,
    topics           varchar(2000) not null,
    confirmed_at     datetime(6)   null,
    created_at       datetime(6)   not null,
    version          bigint        not null default 0,
    constraint fk_supervision_trainee foreign key (trainee_id) references user_account (id),
    constraint fk_supervision_supervisor foreign key (supervisor_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_supervision_trainee on supervision_session (trainee_id, confirmed_at);
create index ix_supervision_supervisor on supervision_session (supervisor_id, confirmed_at);

create table mi_skills_practice (
    id                   bigint       not null auto_increment primary key,
    trainee_id           bigint       not null,
    practised_on         date         not null,
    open_questions       int          not null,
    closed_questions     int          not null,
    simple_reflections   int          not null,
    complex_reflections  int          not null,
    affirmations         int          not null,
    created_at           datetime(6)  not null,
    constraint fk_mi_skills_trainee foreign key (trainee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_mi_skills_trainee on mi_skills_practice (trainee_id, practised_on);

-- Every change to a practice record: who, when, what, and the values before and after (JSON).
create table practice_audit (
    id           bigint        not null auto_increment primary key,
    entry_id     bigint        null,
    session_id   bigint        null,
    trainee_id   bigint        not null,
    actor_id     bigint        not null,
    action       varchar(30)   not null,
    at           datetime(6)   not null,
    detail       varchar(2000) null,
    before_state text          null,
    after_state  text          null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_practice_audit_entry on practice_audit (entry_id, at);
create index ix_practice_audit_trainee on practice_audit (trainee_id, at);
