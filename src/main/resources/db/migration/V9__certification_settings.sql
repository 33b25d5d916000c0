-- Per organization: may supervisors issue certificates to their own trainees (org admins always may)?
create table certification_setting (
    organization_id        bigint       not null primary key,
    supervisors_may_issue  boolean      not null,
    updated_by             bigint       not null,
    updated_at             datetime(6)  not null,
    version                bigint       not null default 0
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
