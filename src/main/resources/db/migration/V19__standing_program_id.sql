-- A person may be enrolled in several programs; their dashboard row names the one it shows (their organization's
-- default program when they are enrolled in it, else their first), so that a supervisor's issue button acts on it.
alter table certification_standing add column program_id varchar(80) null;
-- Until now everyone had at most one enrolment, so it is the program their row shows.
update certification_standing s join certification_enrolment e on e.trainee_id = s.trainee_id set s.program_id = e.program_id;
