-- Certification settings per organization (kept here, not in the organization tables): whether supervisors may
-- issue and renew certificates for their own trainees. No row means the default: only org admins issue.
-- Outside training gets an optional note from the trainee.

create table certification_setting (
    organization_id        bigint       not null primary key,
    supervisors_may_issue  boolean      not null,
    updated_at             datetime(6)  not null,
    updated_by             bigint       not null,
    version                bigint       not null default 0,
    constraint fk_certification_setting_organization foreign key (organization_id) references organization (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

alter table external_training add column note varchar(1000) null;
