package org.chancery.coding;

import java.util.List;
import org.chancery.actor.ActorMention;

/**
 * The actors found for one argument slot.
 *
 * @param spec     the slot spec that matched ({@code nsubj}, {@code obj/nmod:on}, {@code gov.nsubj})
 * @param path     the dependency path followed, readable ("lifted -obj-> embargo -nmod:on-> Pakistan")
 * @param mentions the actor mentions, in text order, one per coordinated actor
 */
record SlotHit(String spec, String path, List<ActorMention> mentions) {
    SlotHit {
        mentions = List.copyOf(mentions);
    }
}
