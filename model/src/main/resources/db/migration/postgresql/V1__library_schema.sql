-- The library's schema as of version 1: the entities of the model module and the two tables of Hibernate
-- Search's outbox-polling coordination (HSEARCH_OUTBOX_EVENT, HSEARCH_AGENT). Hibernate validates the
-- entities against this schema at start-up, so a change to an entity needs a new migration beside this one.

create sequence audit_entry_SEQ start with 1 increment by 50;

create sequence case_example_SEQ start with 1 increment by 50;

create sequence document_page_SEQ start with 1 increment by 50;

create sequence document_passage_SEQ start with 1 increment by 50;

create sequence event_session_SEQ start with 1 increment by 50;

create sequence library_document_SEQ start with 1 increment by 50;

create table audit_entry (
    id bigint not null,
    action varchar(40) not null,
    actor varchar(100) not null,
    at timestamp(6) with time zone not null,
    detail varchar(2000),
    target varchar(100) not null,
    primary key (id)
);

create table case_actor (
    case_id bigint not null,
    actor varchar(300),
    position integer not null,
    primary key (case_id, position)
);

create table case_example (
    id bigint not null,
    city varchar(200),
    cityId varchar(20),
    confidence float(53) not null,
    countryCode varchar(2),
    createdAt timestamp(6) with time zone not null,
    endYear integer,
    regionId varchar(40),
    startYear integer,
    status varchar(16) not null check (status in ('PROPOSED','CONFIRMED','REJECTED')),
    title varchar(300) not null,
    updatedAt timestamp(6) with time zone not null,
    version bigint not null,
    document_id bigint not null,
    primary key (id)
);

create table case_outcome (
    case_id bigint not null,
    outcome varchar(500),
    position integer not null,
    primary key (case_id, position)
);

create table case_practice (
    case_id bigint not null,
    concept_id varchar(100)
);

create table case_sector (
    case_id bigint not null,
    concept_id varchar(100)
);

create table case_source_passage (
    case_id bigint not null,
    passage_id bigint not null,
    position integer not null,
    primary key (case_id, position)
);

create table document_concept (
    document_id bigint not null,
    conceptId varchar(100) not null,
    curated boolean,
    mentions integer
);

create table document_page (
    id bigint not null,
    number integer not null,
    text text not null,
    document_id bigint not null,
    primary key (id),
    unique (document_id, number)
);

create table document_passage (
    id bigint not null,
    endOffset integer not null,
    language varchar(8) not null,
    ordinal integer not null,
    pageNumber integer not null,
    startOffset integer not null,
    text varchar(8000) not null,
    document_id bigint not null,
    primary key (id)
);

create table document_place (
    document_id bigint not null,
    cityId varchar(20),
    cityName varchar(200),
    countryCode varchar(2) not null,
    curated boolean,
    mentions integer,
    regionId varchar(40)
);

create table event_session (
    id bigint not null,
    endsAt timestamp(6) with time zone not null,
    pageNumber integer not null,
    sourceText varchar(500) not null,
    startsAt timestamp(6) with time zone not null,
    zoneLabel varchar(40),
    document_id bigint not null,
    primary key (id)
);

create table HSEARCH_AGENT (
    id uuid not null,
    assignedShardIndex integer,
    expiration timestamp(6) with time zone not null,
    name varchar(255) not null,
    payload bytea,
    state varchar(255) not null check (state in ('RUNNING','WAITING','SUSPENDED')),
    tenantId varchar(255),
    totalShardCount integer,
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
    primary key (id)
);

create table HSEARCH_OUTBOX_EVENT (
    id uuid not null,
    entityId varchar(256) not null,
    entityIdHash integer not null,
    entityName varchar(256) not null,
    payload bytea not null,
    processAfter timestamp(6) with time zone not null,
    retries integer not null,
    status varchar(255) not null check (status in ('PENDING','ABORTED')),
    tenantId varchar(255),
    primary key (id)
);

create table ingest_job (
    id varchar(36) not null,
    attempts integer not null,
    createdAt timestamp(6) with time zone not null,
    documentId bigint,
    originalFilename varchar(500) not null,
    reason varchar(2000),
    sha256 varchar(64) not null,
    sizeBytes bigint not null,
    state varchar(16) not null check (state in ('QUEUED','RUNNING','INDEXING','DONE','FAILED','DUPLICATE')),
    storageKey varchar(100) not null,
    submittedBy varchar(100),
    updatedAt timestamp(6) with time zone not null,
    version bigint not null,
    primary key (id)
);

create table library_account (
    username varchar(100) not null,
    createdAt timestamp(6) with time zone not null,
    passwordHash varchar(300) not null,
    role varchar(16) not null check (role in ('ADMIN','EDITOR')),
    primary key (username)
);

create table library_document (
    id bigint not null,
    addedAt timestamp(6) with time zone not null,
    authors varchar(1000),
    kind varchar(40) not null,
    language varchar(8) not null,
    mediaType varchar(200) not null,
    nearDuplicateOf bigint,
    originalFilename varchar(500) not null,
    pageCount integer not null,
    publicationDate date,
    published boolean not null,
    publisher varchar(500),
    sha256 varchar(64) not null,
    sizeBytes bigint not null,
    storageKey varchar(100) not null,
    textFingerprint varchar(200),
    title varchar(1000) not null,
    primary key (id),
    constraint ux_document_sha256 unique (sha256)
);

create table passage_concept (
    passage_id bigint not null,
    conceptId varchar(100) not null,
    endOffset integer,
    matchedText varchar(300) not null,
    startOffset integer
);

create table passage_place (
    passage_id bigint not null,
    cityId varchar(20),
    countryCode varchar(2) not null,
    endOffset integer,
    matchedText varchar(300) not null,
    name varchar(200) not null,
    startOffset integer
);

create index ix_audit_at on audit_entry (at);

create index ix_session_start on event_session (startsAt);

create index ix_hsearch_outbox_entityidhash on HSEARCH_OUTBOX_EVENT (entityIdHash);

create index ix_hsearch_outbox_status on HSEARCH_OUTBOX_EVENT (status);

create index ix_hsearch_outbox_processafter on HSEARCH_OUTBOX_EVENT (processAfter);

create index ix_job_state on ingest_job (state);

alter table case_actor add constraint fk_case_actor_case_id foreign key (case_id) references case_example;

alter table case_example add constraint fk_case_example_document_id foreign key (document_id) references library_document;

alter table case_outcome add constraint fk_case_outcome_case_id foreign key (case_id) references case_example;

alter table case_practice add constraint fk_case_practice_case_id foreign key (case_id) references case_example;

alter table case_sector add constraint fk_case_sector_case_id foreign key (case_id) references case_example;

alter table case_source_passage add constraint fk_case_source_passage_passage_id foreign key (passage_id) references document_passage;

alter table case_source_passage add constraint fk_case_source_passage_case_id foreign key (case_id) references case_example;

alter table document_concept add constraint fk_document_concept_document_id foreign key (document_id) references library_document;

alter table document_page add constraint fk_document_page_document_id foreign key (document_id) references library_document;

alter table document_passage add constraint fk_document_passage_document_id foreign key (document_id) references library_document;

alter table document_place add constraint fk_document_place_document_id foreign key (document_id) references library_document;

alter table event_session add constraint fk_event_session_document_id foreign key (document_id) references library_document;

alter table passage_concept add constraint fk_passage_concept_passage_id foreign key (passage_id) references document_passage;

alter table passage_place add constraint fk_passage_place_passage_id foreign key (passage_id) references document_passage;
