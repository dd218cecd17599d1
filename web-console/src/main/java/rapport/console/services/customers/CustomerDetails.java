package rapport.console.services.customers;

/** The details that register a customer (customer-service's CustomerDetails). */
public record CustomerDetails(String displayName, String email, String phone, CustomerKind kind,
        ValueSegment valueSegment, Channel preferredChannel, String needs, Boolean surveyConsent) {
}
