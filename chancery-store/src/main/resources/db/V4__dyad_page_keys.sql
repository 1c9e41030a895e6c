-- chancery store, schema version 4: the event order and date interval on event_dyads, so a page
-- of a dyad's events (sorted, filtered by type, modality and period) is chosen from this narrow
-- table and only that page is read from events, through its primary key.

ALTER TABLE event_dyads ADD COLUMN sentence_idx INTEGER;

ALTER TABLE event_dyads ADD COLUMN trigger_start INTEGER;

ALTER TABLE event_dyads ADD COLUMN date_start DATE;

ALTER TABLE event_dyads ADD COLUMN date_end DATE;

UPDATE event_dyads SET sentence_idx = e.sentence_idx, trigger_start = e.trigger_start, date_start = e.date_start, date_end = e.date_end
FROM events e WHERE e.event_id = event_dyads.event_id;
