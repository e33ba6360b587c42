-- Failed sign-ins in a row and the lock they lead to (lessons.security.*). Kept in the table rather than in
-- memory so that a restart does not hand an attacker a fresh set of guesses. Portable SQL: H2 and PostgreSQL.
alter table user_account add column failed_logins integer default 0 not null;
alter table user_account add column locked_until timestamp;
