-- A certificate is renewed at most once: its successor is unique. The service takes a row lock before renewing;
-- this is the backstop, so that two renewals racing past it can never both commit. (Should a database already hold
-- two renewals of one certificate, this fails: revoke the duplicate and re-link it by hand before upgrading.)
create unique index uk_certificate_previous on certificate (previous_certificate_id);

-- Reminder e-mail is sent after the notification is committed, and retried later when it failed. email_attempts
-- counts the tries (0: no e-mail intended, because SMTP was not set up or the person was inactive).
alter table notification
    add column email_attempts     int         not null default 0,
    add column email_attempted_at datetime(6) null;

create index ix_notification_email_retry on notification (emailed_at, email_attempts, email_attempted_at);
