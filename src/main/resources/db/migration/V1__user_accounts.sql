-- Accounts of the people who use Lessons. Portable SQL: runs on H2 and PostgreSQL alike.
create table user_account (
    username      varchar(64)  not null primary key,
    password_hash varchar(255) not null,
    role          varchar(16)  not null,
    enabled       boolean      not null,
    created_at    timestamp    not null
);
