-- In-app notifications, which double as the record that a reminder was delivered (once per recipient and key).

create table notification (
    id            bigint       not null auto_increment primary key,
    recipient_id  bigint       not null,
    reminder_key  varchar(200) not null,
    subject       varchar(200) not null,
    body          text         not null,
    link          varchar(500) null,
    created_at    datetime(6)  not null,
    emailed_at    datetime(6)  null,
    read_at       datetime(6)  null,
    constraint uk_notification_reminder unique (recipient_id, reminder_key),
    constraint fk_notification_recipient foreign key (recipient_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_notification_inbox on notification (recipient_id, created_at);

-- ShedLock: one row per scheduled job; the app instance holding the lock runs the job.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null default current_timestamp(3),
    locked_by   varchar(255) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
