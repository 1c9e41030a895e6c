package org.chancery.evaluation;

/**
 * Why a gold event was not found, decided in this order for the level being scored:
 * <ol>
 *   <li>{@link #SENTENCE_NOT_REACHED}: no system sentence satisfies the sentence rule for the gold
 *       evidence, or every such sentence has {@code parsed == false}, and no system event lies on it;</li>
 *   <li>{@link #NO_TRIGGER}: the sentence was parsed but no system event lies on it;</li>
 *   <li>{@link #WRONG_TYPE}: system events lie on the sentence, none has the gold type or an accepted alternative;</li>
 *   <li>{@link #WRONG_OR_MISSING_ACTOR}: an event of an accepted type lies on the sentence but its actors
 *       do not match at this level (also with the swap for symmetric events).</li>
 * </ol>
 * Modality is not a matching criterion in the eval README, so it can never cause a miss; found events
 * whose every matching system event has a contradicting modality are reported separately
 * ({@link ModalityMismatch}).
 */
public enum MissReason {
    SENTENCE_NOT_REACHED("sentence not reached"),
    NO_TRIGGER("no trigger"),
    WRONG_TYPE("wrong type"),
    WRONG_OR_MISSING_ACTOR("wrong or missing actor");

    private final String label;

    MissReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
