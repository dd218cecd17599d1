package rapport.console.services.customers;

/** How a contact happened. */
public enum Channel {
    FACE_TO_FACE, PHONE, EMAIL, CHAT, SOCIAL, LETTER, VIDEO
}
