/**
 * The DuckDB event store: {@link org.chancery.store.DuckDbEventStore} implements
 * {@link org.chancery.pipeline.EventStore} on one file.
 *
 * <p>Schema (scripts {@code db/V1__init.sql} … {@code db/V4__dyad_page_keys.sql}, applied by
 * {@link org.chancery.store.SchemaMigrations} and recorded in {@code schema_version}):
 * <ul>
 *   <li>{@code documents} — one row per document: id, content hash (unique), metadata, publication
 *       date with basis, evidence and suspect flag, origin, text, counts, ingestion time;</li>
 *   <li>{@code sentences} — offsets, text, token count, parsed flag (tokens are not stored);</li>
 *   <li>{@code mentions} — every actor mention with token range, offsets, code, country (first three
 *       letters), name, resolution basis, dictionary entry, locative flag;</li>
 *   <li>{@code events} — one row per event with its evidence sentence, trigger, PLOVER type, mode and
 *       contexts, CAMEO code, root, name, Goldstein value and QuadClass, date interval, anchor,
 *       granularity, basis and text, modality, confidence, provenance, the document's publication
 *       date, and the actors and quantities as JSON for rebuilding the record in one read;</li>
 *   <li>{@code event_actors}, {@code event_quantities} — the same actors and quantities as rows;</li>
 *   <li>{@code event_dyads} — the analytics table: one row per distinct (source code, target code)
 *       pair of an event with codes, countries, undirected pair keys, anchor and publication dates,
 *       date interval, sort keys, type, modality, QuadClass and Goldstein value.
 *       {@link org.chancery.store.DuckDbEventStore#optimize()} clusters it by pair and date.</li>
 * </ul>
 *
 * <p>Exports live in {@link org.chancery.store.export}; the micro-benchmark is
 * {@link org.chancery.store.StoreBenchmark}.
 */
package org.chancery.store;
