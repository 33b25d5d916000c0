-- Quiz attempts. Questions are stored as presented (shuffled, key-free) so that a refresh resumes the same
-- attempt; the answer key stays in content_question and is read only when grading.

create table quiz_attempt (
    id               bigint       not null auto_increment primary key,
    trainee_id       bigint       not null,
    organization_id  bigint       not null,
    module_id        varchar(80)  not null,
    module_version   int          not null,
    attempt_number   int          not null,
    status           varchar(20)  not null,
    pass_percent     int          not null,
    review_mode      varchar(20)  not null,
    started_at       datetime(6)  not null,
    deadline         datetime(6)  null,
    submitted_at     datetime(6)  null,
    closed_by_time   boolean      not null default false,
    score_percent    decimal(5, 1) null,
    passed           boolean      null,
    graded_at        datetime(6)  null,
    version          bigint       not null default 0,
    constraint uk_quiz_attempt_number unique (trainee_id, module_id, attempt_number),
    constraint fk_quiz_attempt_trainee foreign key (trainee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_quiz_attempt_status on quiz_attempt (status, organization_id);
create index ix_quiz_attempt_module on quiz_attempt (module_id, attempt_number, status);

create table quiz_attempt_question (
    id             bigint        not null auto_increment primary key,
    attempt_id     bigint        not null,
    position       int           not null,
    question_id    varchar(80)   not null,
    presented      mediumtext    not null,
    answer         mediumtext    null,
    answered_at    datetime(6)   null,
    outcome        varchar(20)   null,
    score          decimal(6, 4) null,
    feedback       mediumtext    null,
    rubric_points  varchar(200)  null,
    grader_id      bigint        null,
    grader_comment varchar(2000) null,
    graded_at      datetime(6)   null,
    constraint uk_quiz_attempt_question unique (attempt_id, position),
    constraint fk_quiz_attempt_question_attempt foreign key (attempt_id) references quiz_attempt (id),
    constraint fk_quiz_attempt_question_grader foreign key (grader_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Per-trainee accommodations, granted by the trainee's org admin; they apply to every quiz.
create table quiz_accommodation (
    id               bigint       not null auto_increment primary key,
    trainee_id       bigint       not null,
    organization_id  bigint       not null,
    extra_minutes    int          not null default 0,
    extra_attempts   int          not null default 0,
    retake_allowed   boolean      not null default false,
    updated_by       bigint       not null,
    updated_at       datetime(6)  not null,
    version          bigint       not null default 0,
    constraint uk_quiz_accommodation_trainee unique (trainee_id),
    constraint fk_quiz_accommodation_trainee foreign key (trainee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
