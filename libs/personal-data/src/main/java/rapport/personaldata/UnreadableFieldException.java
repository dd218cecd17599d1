package rapport.personaldata;

/**
 * A protected field that cannot be decrypted: the wrong key (another customer's, or a key made after the
 * original was shredded), a value changed after it was encrypted, a value moved to another customer or
 * field, or one not in the {@code pd1:} form. The message never holds the value.
 */
public class UnreadableFieldException extends RuntimeException {

    UnreadableFieldException(String message, Throwable cause) {
        super(message, cause);
    }
}
