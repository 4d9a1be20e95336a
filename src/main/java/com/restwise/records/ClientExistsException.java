package com.restwise.records;

/**
 * A client of this name, as people read it, is already in the records. Carries that client,
 * so the window can offer to open them instead of making a second one.
 */
public final class ClientExistsException extends StoreException {

    private final transient Client existing;

    public ClientExistsException(Client existing) {
        super("client.exists", existing.name());
        this.existing = existing;
    }

    /** The client already in the records under this name. */
    public Client existing() {
        return existing;
    }
}
