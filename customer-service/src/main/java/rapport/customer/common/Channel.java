package rapport.customer.common;

/** How a contact happened, and how a customer prefers to be contacted. */
public enum Channel {
    FACE_TO_FACE, PHONE, EMAIL, CHAT, SOCIAL, LETTER, VIDEO
}
