-- Password reset links: single use, expiring; only a SHA-256 of the token is stored (as for invitations).
-- requested_by is the org admin who issued the link, or null when the person asked for it themselves.
create table password_reset (
    id            bigint       not null auto_increment primary key,
    account_id    bigint       not null,
    token_hash    char(64)     not null,
    created_at    datetime(6)  not null,
    expires_at    datetime(6)  not null,
    used_at       datetime(6)  null,
    withdrawn_at  datetime(6)  null,
    requested_by  bigint       null,
    version       bigint       not null default 0,
    constraint uk_password_reset_token unique (token_hash),
    constraint fk_password_reset_account foreign key (account_id) references user_account (id),
    index ix_password_reset_account (account_id, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
