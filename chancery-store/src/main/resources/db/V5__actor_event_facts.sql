-- chancery store, schema version 5: the event's modality, date anchor, QuadClass and Goldstein
-- value on event_actors, so an actor's counts and activity over time are read from this table
-- alone, without a join over every event.

ALTER TABLE event_actors ADD COLUMN modality VARCHAR;

ALTER TABLE event_actors ADD COLUMN anchor DATE;

ALTER TABLE event_actors ADD COLUMN quad_class TINYINT;

ALTER TABLE event_actors ADD COLUMN goldstein DOUBLE;

UPDATE event_actors SET modality = e.modality, anchor = e.date_anchor, quad_class = e.quad_class, goldstein = e.goldstein
FROM events e WHERE e.event_id = event_actors.event_id;
