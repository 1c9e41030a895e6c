-- chancery store, schema version 2: a narrow table for relationship analytics.
-- One row per distinct (source code, target code) pair of an event, with the fields that time
-- series and networks group by. Written by every save; this migration fills it for stores made
-- under version 1. Queries count distinct event_id, so an event with two source codes of one
-- country is counted once at country level.

CREATE TABLE event_dyads (
    event_id       VARCHAR NOT NULL,
    doc_id         VARCHAR NOT NULL,
    source_code    VARCHAR NOT NULL,
    source_country VARCHAR NOT NULL,
    target_code    VARCHAR NOT NULL,
    target_country VARCHAR NOT NULL,
    anchor         DATE,
    published      DATE,
    plover_type    VARCHAR NOT NULL,
    modality       VARCHAR NOT NULL,
    quad_class     TINYINT NOT NULL,
    goldstein      DOUBLE NOT NULL
);

INSERT INTO event_dyads
SELECT DISTINCT e.event_id, e.doc_id, s.code, s.country, t.code, t.country,
       e.date_anchor, e.published, e.plover_type, e.modality, e.quad_class, e.goldstein
FROM events e
JOIN event_actors s ON s.event_id = e.event_id AND s.role = 'source'
JOIN event_actors t ON t.event_id = e.event_id AND t.role = 'target';
