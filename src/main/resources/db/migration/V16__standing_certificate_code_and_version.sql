-- The supervisor's trainees' page reads each trainee's certificate from the dashboard row rather than assessing every
-- trainee, so the row carries the current certificate's code. The version lets a refresh tell whether another
-- transaction changed the row after this one's reads began (a concurrent event for the same person).
alter table certification_standing
    add column certificate_code varchar(40) null after certificate_expiring_from,
    add column version bigint not null default 0;

update certification_standing s
   set s.certificate_code = (select c.code from certificate c where c.trainee_id = s.trainee_id
                              order by c.issued_at desc, c.id desc limit 1)
 where s.certificate_expires_on is not null;
