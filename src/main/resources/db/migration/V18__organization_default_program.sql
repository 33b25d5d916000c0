-- Each organization chooses the certification program its new trainees are enrolled in. Organizations that have not
-- chosen keep the IC&RC-aligned program they had before programs could be chosen.
alter table certification_setting add column default_program_id varchar(80) not null default 'icrc-peer-recovery';
