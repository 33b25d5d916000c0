-- Outside training gets an optional note from the trainee for the reviewer (checked for PHI before it is saved).
alter table external_training add column note varchar(1000) null;
