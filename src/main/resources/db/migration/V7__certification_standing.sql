-- The organization dashboard's read model: one row per person, kept current by the events that change it, so a
-- page of 10,000 staff is one indexed query. Status moves with the calendar (expiring, expired) by a daily update.

create table certification_standing (
    trainee_id              bigint        not null primary key,
    organization_id         bigint        not null,
    display_name            varchar(120)  not null,
    roles                   varchar(100)  not null,
    supervisor_id           bigint        null,
    supervisor_name         varchar(120)  null,
    active                  boolean       not null,
    in_program              boolean       not null,
    program_title           varchar(200)  null,
    status                  varchar(20)   null,
    requirements_met        boolean       not null,
    percent_done            int           not null,
    education_hours         decimal(8, 2) not null,
    practice_hours          decimal(9, 2) not null,
    supervision_hours       decimal(8, 2) not null,
    certificate_expires_on  date          null,
    certificate_revoked     boolean       not null,
    updated_at              datetime(6)   not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_standing_name on certification_standing (organization_id, display_name);
create index ix_standing_status on certification_standing (organization_id, status, display_name);
create index ix_standing_expiry on certification_standing (organization_id, certificate_expires_on);
create index ix_standing_supervisor on certification_standing (organization_id, supervisor_id);
create index ix_standing_progress on certification_standing (organization_id, percent_done);
