-- The accommodations page lists an organization's grants; without this index that read scans every grant of
-- every organization.
create index ix_quiz_accommodation_organization on quiz_accommodation (organization_id);
