/**
 * Event coding: rules as data over dependency graphs.
 *
 * <p>{@link org.chancery.coding.RuleBook} loads the versioned rule files
 * ({@code rules/<type>.yaml}, one per PLOVER type plus {@code statement.yaml}), validates every CAMEO
 * code and context against the {@link org.chancery.ontology.Ontology} (an unknown code is a load error
 * naming file and line), and hashes them. {@link org.chancery.coding.RuleEventCoder} (the
 * {@link org.chancery.coding.EventCoder}) finds trigger tokens by lemma, checks each rule's
 * constraints (required object, particle, governing verb), extracts source and target slots with
 * {@code ArgumentExtractor} (subjects through control, coordination, relative clauses; passive
 * agents; obliques; possessors and {@code of}-phrases of nominal triggers), maps slot heads to actor
 * mentions, and builds at most one event per trigger token and type, the most specific rule winning.
 * {@code ModalityDetector} sets the factuality, {@code QuantityExtractor} the amounts.
 *
 * <p>Two readings are derived from coded events: a planned act of cooperation or conflict is also an
 * asserted expression of intent (AGREE 03x / THREATEN 13x), and an explicitly negated act of
 * cooperation on a verb is read as a refusal instead (REJECT 12x). An event without target takes the targets of
 * the event on its complement verb ("threatened to break off relations with Congo").
 *
 * <pre>
 * Ontology ontology = OntologyLoader.loadDefault();
 * ActorResolver actors = DictionaryActorResolver.fromClasspath();
 * RuleEventCoder coder = RuleEventCoder.fromClasspath(ontology, actors.dictionaryHash());
 * List&lt;CodedEvent&gt; events = coder.code(annotated, actors.resolve(annotated));
 * boolean worthParsing = coder.mightTrigger(sentenceTokens);   // for the parse gate
 * </pre>
 */
package org.chancery.coding;
