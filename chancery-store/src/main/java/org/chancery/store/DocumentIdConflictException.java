package org.chancery.store;

/**
 * A document was saved under an id that the store already holds for a different text. The store
 * never renames documents: the ingest layer decides (choose another id, or remove the old one).
 */
public final class DocumentIdConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String docId;
    private final String storedHash;
    private final String newHash;

    public DocumentIdConflictException(String docId, String storedHash, String newHash, String storedOrigin, String newOrigin) {
        super("document id '" + docId + "' is already stored for a different text (stored: content " + storedHash
                + " from " + storedOrigin + "; new: content " + newHash + " from " + newOrigin
                + "); give the new document another id");
        this.docId = docId;
        this.storedHash = storedHash;
        this.newHash = newHash;
    }

    public String docId() {
        return docId;
    }

    public String storedHash() {
        return storedHash;
    }

    public String newHash() {
        return newHash;
    }
}
