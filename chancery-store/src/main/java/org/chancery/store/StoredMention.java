package org.chancery.store;

import java.util.Objects;
import org.chancery.actor.ActorMention;

/** An actor mention read back from the store, with the document it is in. */
public record StoredMention(String docId, ActorMention mention) {
    public StoredMention {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(mention, "mention");
    }
}
