-- chancery store, schema version 6: first_in_pair marks one row per (event, pair_country), so
-- country-level counts over the whole table (top dyads, networks) need no DISTINCT over event ids.

ALTER TABLE event_dyads ADD COLUMN first_in_pair BOOLEAN;

UPDATE event_dyads SET first_in_pair = false;

UPDATE event_dyads SET first_in_pair = true
WHERE rowid IN (SELECT min(rowid) FROM event_dyads GROUP BY event_id, pair_country);
