-- Organizations and the people in them. Every table is InnoDB/utf8mb4 so names in any script fit.

create table organization (
    id          bigint       not null auto_increment primary key,
    name        varchar(200) not null,
    active      boolean      not null default true,
    created_at  datetime(6)   not null,
    version     bigint       not null default 0,
    constraint uk_organization_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_account (
    id               bigint       not null auto_increment primary key,
    organization_id  bigint       not null,
    email            varchar(254) not null,
    display_name     varchar(120) not null,
    password_hash    varchar(255) not null,
    active           boolean      not null default true,
    supervisor_id    bigint       null,
    created_at       datetime(6)   not null,
    deactivated_at   datetime(6)   null,
    version          bigint       not null default 0,
    constraint uk_user_account_email unique (email),
    constraint fk_user_account_organization foreign key (organization_id) references organization (id),
    constraint fk_user_account_supervisor foreign key (supervisor_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_user_account_org on user_account (organization_id, display_name);
create index ix_user_account_supervisor on user_account (supervisor_id);

create table user_role (
    user_id  bigint      not null,
    role     varchar(32) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references user_account (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- An invitation is a single-use, expiring link. Only a hash of its token is stored,
-- so a database dump cannot be used to accept invitations.
create table invitation (
    id               bigint       not null auto_increment primary key,
    organization_id  bigint       not null,
    email            varchar(254) not null,
    display_name     varchar(120) not null,
    roles            varchar(200) not null,
    supervisor_id    bigint       null,
    token_hash       varchar(64)  not null,
    expires_at       datetime(6)   not null,
    accepted_at      datetime(6)   null,
    revoked_at       datetime(6)   null,
    invited_by       bigint       null,
    created_at       datetime(6)   not null,
    version          bigint       not null default 0,
    constraint uk_invitation_token unique (token_hash),
    constraint fk_invitation_organization foreign key (organization_id) references organization (id),
    constraint fk_invitation_supervisor foreign key (supervisor_id) references user_account (id),
    constraint fk_invitation_invited_by foreign key (invited_by) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_invitation_org on invitation (organization_id, created_at);

-- Failed sign-ins are counted per e-mail address, whether or not an account exists,
-- so that the lockout message cannot be used to find out which addresses have accounts.
create table login_throttle (
    email            varchar(254) not null primary key,
    failed_attempts  int          not null,
    last_failure_at  datetime(6)   not null,
    locked_until     datetime(6)   null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
