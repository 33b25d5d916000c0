-- Course content as imported from course-content/, and trainees' progress through it.
-- A published module or program version is immutable: its rows are only ever inserted, never updated.

-- Every import that wrote something or was refused, for platform admins.
create table content_import (
    id            bigint        not null auto_increment primary key,
    content_hash  varchar(64)   null,
    outcome       varchar(16)   not null,
    summary       varchar(1000) not null,
    problems      mediumtext    null,
    loaded_at     datetime(6)   not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_content_import_loaded on content_import (loaded_at);

create table content_module_version (
    id             bigint        not null auto_increment primary key,
    module_id      varchar(100)  not null,
    version        int           not null,
    content_hash   varchar(64)   not null,
    title          varchar(200)  not null,
    summary        varchar(1000) not null,
    contact_hours  decimal(5, 1) not null,
    -- objectives, competencies, prerequisites and quiz settings as JSON
    metadata       mediumtext    not null,
    import_id      bigint        not null,
    loaded_at      datetime(6)   not null,
    constraint uk_content_module_version unique (module_id, version),
    constraint fk_content_module_version_import foreign key (import_id) references content_import (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_module_domain_hours (
    module_version_id  bigint        not null,
    domain             varchar(40)   not null,
    hours              decimal(5, 1) not null,
    primary key (module_version_id, domain),
    constraint fk_content_domain_hours_module foreign key (module_version_id) references content_module_version (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_lesson (
    id                 bigint        not null auto_increment primary key,
    module_version_id  bigint        not null,
    lesson_id          varchar(100)  not null,
    position           int           not null,
    title              varchar(200)  not null,
    minutes            int           not null,
    markdown           mediumtext    not null,
    -- rendered once at import: escaped, sanitised HTML
    html               mediumtext    not null,
    constraint uk_content_lesson unique (module_version_id, lesson_id),
    constraint fk_content_lesson_module foreign key (module_version_id) references content_module_version (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The quiz engine reads these; the definition (JSON) includes the answer key.
create table content_question (
    id                 bigint       not null auto_increment primary key,
    module_version_id  bigint       not null,
    question_id        varchar(50)  not null,
    position           int          not null,
    type               varchar(32)  not null,
    definition         mediumtext   not null,
    constraint uk_content_question unique (module_version_id, question_id),
    constraint fk_content_question_module foreign key (module_version_id) references content_module_version (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_image (
    id                 bigint        not null auto_increment primary key,
    module_version_id  bigint        not null,
    name               varchar(200)  not null,
    media_type         varchar(100)  not null,
    bytes              mediumblob    not null,
    constraint uk_content_image unique (module_version_id, name),
    constraint fk_content_image_module foreign key (module_version_id) references content_module_version (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table certification_program_version (
    id              bigint        not null auto_increment primary key,
    program_id      varchar(100)  not null,
    version         int           not null,
    content_hash    varchar(64)   not null,
    title           varchar(200)  not null,
    effective_date  date          not null,
    -- requirements, renewal and the attestation text as JSON
    definition      mediumtext    not null,
    import_id       bigint        not null,
    loaded_at       datetime(6)   not null,
    constraint uk_certification_program_version unique (program_id, version),
    constraint fk_certification_program_import foreign key (import_id) references content_import (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A trainee's progress through one version of a module. They keep that version when a newer one is loaded.
create table learning_enrolment (
    id              bigint        not null auto_increment primary key,
    trainee_id      bigint        not null,
    module_id       varchar(100)  not null,
    module_version  int           not null,
    started_at      datetime(6)   not null,
    last_lesson_id  varchar(100)  null,
    quiz_passed_at  datetime(6)   null,
    completed_at    datetime(6)   null,
    version         bigint        not null default 0,
    constraint uk_learning_enrolment unique (trainee_id, module_id, module_version),
    constraint fk_learning_enrolment_trainee foreign key (trainee_id) references user_account (id),
    constraint fk_learning_enrolment_module foreign key (module_id, module_version)
        references content_module_version (module_id, version)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table learning_lesson_read (
    enrolment_id  bigint        not null,
    lesson_id     varchar(100)  not null,
    read_at       datetime(6)   not null,
    primary key (enrolment_id, lesson_id),
    constraint fk_learning_lesson_read_enrolment foreign key (enrolment_id) references learning_enrolment (id)
        on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Contact hours credited when a module is completed: once per trainee, module and domain.
create table education_credit (
    id              bigint        not null auto_increment primary key,
    trainee_id      bigint        not null,
    module_id       varchar(100)  not null,
    module_version  int           not null,
    domain          varchar(40)   not null,
    hours           decimal(5, 1) not null,
    credited_at     datetime(6)   not null,
    constraint uk_education_credit unique (trainee_id, module_id, domain),
    constraint fk_education_credit_trainee foreign key (trainee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_education_credit_trainee on education_credit (trainee_id);
