-- Certification: program enrolment (a trainee keeps the program version they started), the ethics affirmation,
-- outside training records, and certificates with their public verification codes.

create table certification_enrolment (
    id               bigint       not null auto_increment primary key,
    trainee_id       bigint       not null,
    program_id       varchar(80)  not null,
    program_version  int          not null,
    enrolled_at      datetime(6)  not null,
    constraint uk_certification_enrolment unique (trainee_id, program_id),
    constraint fk_certification_enrolment_trainee foreign key (trainee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table ethics_attestation (
    id               bigint       not null auto_increment primary key,
    trainee_id       bigint       not null,
    program_id       varchar(80)  not null,
    program_version  int          not null,
    statement_hash   char(64)     not null,
    attested_at      datetime(6)  not null,
    constraint uk_ethics_attestation unique (trainee_id, program_id, program_version),
    constraint fk_ethics_attestation_trainee foreign key (trainee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table external_training (
    id               bigint        not null auto_increment primary key,
    trainee_id       bigint        not null,
    organization_id  bigint        not null,
    title            varchar(200)  not null,
    provider         varchar(200)  not null,
    completed_on     date          not null,
    hours            decimal(5, 2) not null,
    domain           varchar(40)   not null,
    ethics           boolean       not null,
    purpose          varchar(30)   not null,
    status           varchar(20)   not null,
    reviewed_by      bigint        null,
    reviewed_at      datetime(6)   null,
    created_at       datetime(6)   not null,
    version          bigint        not null default 0,
    constraint fk_external_training_trainee foreign key (trainee_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_external_training_trainee on external_training (trainee_id, status);
create index ix_external_training_org on external_training (organization_id, status);

create table certificate (
    id                       bigint        not null auto_increment primary key,
    code                     varchar(40)   not null,
    trainee_id               bigint        not null,
    organization_id          bigint        not null,
    holder_name              varchar(120)  not null,
    program_id               varchar(80)   not null,
    program_version          int           not null,
    program_title            varchar(200)  not null,
    issuer_name              varchar(200)  not null,
    issued_on                date          not null,
    expires_on               date          not null,
    issued_at                datetime(6)   not null,
    issued_by                bigint        not null,
    previous_certificate_id  bigint        null,
    revoked_at               datetime(6)   null,
    revoked_by               bigint        null,
    revoke_reason            varchar(1000) null,
    version                  bigint        not null default 0,
    constraint uk_certificate_code unique (code),
    constraint fk_certificate_trainee foreign key (trainee_id) references user_account (id),
    constraint fk_certificate_previous foreign key (previous_certificate_id) references certificate (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_certificate_trainee on certificate (trainee_id, issued_at);
create index ix_certificate_expiry on certificate (organization_id, expires_on);
