-- Each user's clearance: the most restricted TLP marking they may see, as its label (TLP:CLEAR ... TLP:RED).
-- Portable SQL: H2 and PostgreSQL alike.
--
-- Existing accounts: administrators get TLP:RED. They grant clearances, their own included, so a lower one would
-- protect nothing, and someone must be able to see and re-mark every document after the upgrade (records indexed
-- before markings existed count as TLP:RED). Everyone else gets TLP:GREEN, the shipped
-- lessons.markings.default-clearance: before this version no document had a marking, so nobody had been cleared
-- for anything, and an upgrade must not widen what anyone sees; administrators raise clearances one by one.
alter table user_account add column clearance varchar(24);
update user_account set clearance = case when role = 'ADMIN' then 'TLP:RED' else 'TLP:GREEN' end;
alter table user_account alter column clearance set not null;
