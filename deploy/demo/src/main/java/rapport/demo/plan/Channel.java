package rapport.demo.plan;

/** How a contact happened, as customer-service names it. */
public enum Channel {
    FACE_TO_FACE, PHONE, EMAIL, CHAT, SOCIAL, LETTER, VIDEO
}
