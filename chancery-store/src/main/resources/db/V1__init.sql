-- chancery store, schema version 1: documents, sentences, actor mentions, events and their parts.
-- Offsets (start_offset, end_offset) are Java String indices into documents.text.

CREATE TABLE documents (
    doc_id             VARCHAR PRIMARY KEY,
    content_hash       VARCHAR NOT NULL UNIQUE,
    title              VARCHAR,
    url                VARCHAR,
    source             VARCHAR,
    author             VARCHAR,
    published          DATE,
    published_basis    VARCHAR NOT NULL,
    published_evidence VARCHAR,
    published_suspect  BOOLEAN NOT NULL,
    origin             VARCHAR,
    text               VARCHAR NOT NULL,
    sentence_count     INTEGER NOT NULL,
    token_count        INTEGER NOT NULL,
    mention_count      INTEGER NOT NULL,
    event_count        INTEGER NOT NULL,
    ingested_at        TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
    doc_id       VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    token_count  INTEGER NOT NULL,
    parsed       BOOLEAN NOT NULL
);

CREATE TABLE mentions (
    doc_id       VARCHAR NOT NULL,
    ord          INTEGER NOT NULL,
    sentence_idx INTEGER NOT NULL,
    token_start  INTEGER NOT NULL,
    token_end    INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    code         VARCHAR NOT NULL,
    country      VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    basis        VARCHAR NOT NULL,
    entry        VARCHAR NOT NULL,
    locative     BOOLEAN NOT NULL
);

-- One row per event. The evidence sentence, the document's publication date and the actors and
-- quantities (as JSON, for rebuilding the record in one read) are copied in on purpose.
CREATE TABLE events (
    event_id         VARCHAR PRIMARY KEY,
    doc_id           VARCHAR NOT NULL,
    sentence_idx     INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    sentence_text    VARCHAR NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    trigger_text     VARCHAR NOT NULL,
    trigger_token    INTEGER NOT NULL,
    plover_type      VARCHAR NOT NULL,
    mode             VARCHAR,
    contexts         VARCHAR[] NOT NULL,
    cameo_code       VARCHAR NOT NULL,
    cameo_root       VARCHAR NOT NULL,
    cameo_name       VARCHAR NOT NULL,
    goldstein        DOUBLE NOT NULL,
    quad_class       TINYINT NOT NULL,
    date_start       DATE,
    date_end         DATE,
    date_anchor      DATE,
    date_granularity VARCHAR,
    date_basis       VARCHAR NOT NULL,
    date_text        VARCHAR,
    modality         VARCHAR NOT NULL,
    confidence       DOUBLE NOT NULL,
    rule             VARCHAR NOT NULL,
    dependency_path  VARCHAR NOT NULL,
    entries          VARCHAR[] NOT NULL,
    dictionaries     VARCHAR NOT NULL,
    version          VARCHAR NOT NULL,
    published        DATE,
    source_json      VARCHAR NOT NULL,
    target_json      VARCHAR NOT NULL,
    quantities_json  VARCHAR NOT NULL
);

CREATE TABLE event_actors (
    event_id     VARCHAR NOT NULL,
    doc_id       VARCHAR NOT NULL,
    role         VARCHAR NOT NULL CHECK (role IN ('source', 'target')),
    ord          INTEGER NOT NULL,
    code         VARCHAR NOT NULL,
    country      VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    text         VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    basis        VARCHAR NOT NULL,
    entry        VARCHAR NOT NULL
);

CREATE TABLE event_quantities (
    event_id     VARCHAR NOT NULL,
    doc_id       VARCHAR NOT NULL,
    ord          INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    value_text   VARCHAR,
    value        DOUBLE,
    unit         VARCHAR NOT NULL
);
