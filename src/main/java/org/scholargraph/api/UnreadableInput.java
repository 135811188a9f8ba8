package org.scholargraph.api;

/**
 * An input that cannot be read at all; the message is {@code file:line: what is wrong}. Nothing
 * was written when it is thrown.
 */
public final class UnreadableInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableInput(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }

    UnreadableInput(String message) {
        super(message);
    }
}
