package rapport.feedback.common;

/** How a contact happened (the same values customer-service publishes). */
public enum Channel {
    FACE_TO_FACE, PHONE, EMAIL, CHAT, SOCIAL, LETTER, VIDEO
}
