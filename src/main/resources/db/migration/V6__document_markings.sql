-- Where documents' markings come from, besides the files themselves (see docs/decisions/0010). Portable SQL: runs
-- on H2 and PostgreSQL alike.

-- A curator's or administrator's override of a document's marking and Chatham House flag. It outranks whatever the
-- document, its sidecar and its folder say, and lives here rather than in the index so that it survives a changed
-- file and a rebuilt index. document_id is the id Lessons derives from the file's path in the corpus.
create table marking_override (
    document_id   varchar(64)  primary key,
    -- a TLP label such as TLP:AMBER+STRICT
    marking       varchar(24)  not null,
    chatham_house boolean      not null,
    changed_by    varchar(64)  not null,
    changed_at    timestamp    not null
);

-- What a file's content says about its own handling: its metadata and a marking line near the top of its text.
-- Keyed by the content's SHA-256, so that a file whose content did not change can be re-marked (a sidecar or
-- folder default added, changed or removed) without parsing it again. Null where the content says nothing.
create table stated_marking (
    sha256                 varchar(64) primary key,
    metadata_marking       varchar(24),
    metadata_chatham_house boolean,
    text_marking           varchar(24),
    text_chatham_house     boolean
);
