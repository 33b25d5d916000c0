-- Signed hours per month over an organization's million entries are summed from the index alone: in the
-- benchmark the chart figures went from about 560 ms to about 180 ms. It replaces the narrower index.
create index ix_practice_entry_org_hours on practice_entry (organization_id, status, entry_date, minutes);
drop index ix_practice_entry_org on practice_entry;
