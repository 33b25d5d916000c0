-- The day a certificate turns "expiring soon" depends on its program's window, which programs set themselves. The
-- row stores that day so the daily calendar update needs no program data. Rows so far all follow the shipped
-- program's 90-day window.
alter table certification_standing add column certificate_expiring_from date null after certificate_expires_on;

update certification_standing
   set certificate_expiring_from = date_sub(certificate_expires_on, interval 90 day)
 where certificate_expires_on is not null;
