-- chancery store, schema version 3: undirected pair keys on event_dyads.
-- pair_country is "A|B" with A <= B of the two country codes (pair_code the same for full codes),
-- so "events between A and B, either direction" is one equality that DuckDB can push into the
-- scan and, once DuckDbEventStore.optimize() has clustered the table by it, answer from a few
-- row groups.

ALTER TABLE event_dyads ADD COLUMN pair_country VARCHAR;

ALTER TABLE event_dyads ADD COLUMN pair_code VARCHAR;

UPDATE event_dyads SET
    pair_country = CASE WHEN source_country <= target_country THEN source_country || '|' || target_country
                        ELSE target_country || '|' || source_country END,
    pair_code = CASE WHEN source_code <= target_code THEN source_code || '|' || target_code
                     ELSE target_code || '|' || source_code END;
