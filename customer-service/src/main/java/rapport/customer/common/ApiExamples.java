package rapport.customer.common;

/** Example problem+json bodies for the OpenAPI description of error responses. */
public final class ApiExamples {

    public static final String PROBLEM = "application/problem+json";

    public static final String VALIDATION = """
            {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "summary: must not be blank", "instance": "/api/teams/demo/customers/3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b/interactions",
             "errors": [{"field": "summary", "message": "must not be blank"}]}""";

    public static final String NOT_FOUND = """
            {"type": "https://rapport.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "customer 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b does not exist in this team"}""";

    public static final String CUSTOMER_ERASED = """
            {"type": "https://rapport.dev/problems/customer-erased", "title": "Customer erased", "status": 409,
             "detail": "customer 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b was erased; nothing more can be recorded about them"}""";

    public static final String DUPLICATE = """
            {"type": "https://rapport.dev/problems/duplicate-customer", "title": "Duplicate customer", "status": 409,
             "detail": "customer 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b of this team has the same email; send allowDuplicate=true to register anyway",
             "existingId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "field": "email"}""";

    public static final String KEY_REUSED = """
            {"type": "https://rapport.dev/problems/idempotency-key-reused", "title": "Idempotency key reused", "status": 422,
             "detail": "this Idempotency-Key was already used with a different request; use a new key",
             "errors": [{"field": "Idempotency-Key", "message": "this Idempotency-Key was already used with a different request; use a new key"}]}""";

    public static final String TIME_IN_FUTURE = """
            {"type": "https://rapport.dev/problems/time-in-future", "title": "Time in the future", "status": 422,
             "detail": "must not be later than now (2026-11-23T10:00:00Z) plus the clock-skew tolerance of PT5M",
             "errors": [{"field": "occurredAt", "message": "must not be later than now (2026-11-23T10:00:00Z) plus the clock-skew tolerance of PT5M"}]}""";

    public static final String UNKNOWN_CASE = """
            {"type": "https://rapport.dev/problems/unknown-case", "title": "Unknown case", "status": 422,
             "detail": "case 9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f does not exist in this team",
             "errors": [{"field": "caseId", "message": "case 9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f does not exist in this team"}]}""";

    public static final String ALREADY_VOIDED = """
            {"type": "https://rapport.dev/problems/already-voided", "title": "Already voided", "status": 409,
             "detail": "interaction 6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d was voided at 2026-11-23T10:00:00Z by alice"}""";

    public static final String NOT_A_COMPLAINT = """
            {"type": "https://rapport.dev/problems/not-a-complaint", "title": "Not a complaint case", "status": 422,
             "detail": "complaint steps are recorded on COMPLAINT cases only; this case is an ENQUIRY",
             "errors": [{"field": "caseId", "message": "complaint steps are recorded on COMPLAINT cases only; this case is an ENQUIRY"}]}""";

    public static final String STEP_RECORDED = """
            {"type": "https://rapport.dev/problems/step-already-recorded", "title": "Step already recorded", "status": 409,
             "detail": "APOLOGISE was already recorded on this case at 2026-11-23T10:00:00Z"}""";

    public static final String DUE_BEFORE_PROMISED = """
            {"type": "https://rapport.dev/problems/due-before-promised", "title": "Due before it was promised", "status": 422,
             "detail": "must be after the promise was made (2026-11-23T10:00:00Z)",
             "errors": [{"field": "dueAt", "message": "must be after the promise was made (2026-11-23T10:00:00Z)"}]}""";

    public static final String PROMISED_IN_FUTURE = """
            {"type": "https://rapport.dev/problems/time-in-future", "title": "Time in the future", "status": 422,
             "detail": "must not be later than now (2026-11-23T10:00:00Z) plus the clock-skew tolerance of PT5M",
             "errors": [{"field": "promisedAt", "message": "must not be later than now (2026-11-23T10:00:00Z) plus the clock-skew tolerance of PT5M"}]}""";

    public static final String COMPLETED_BEFORE_PROMISED = """
            {"type": "https://rapport.dev/problems/completed-before-promised", "title": "Completed before it was promised", "status": 422,
             "detail": "must not be before the promise was made (2026-11-23T09:41:07Z)",
             "errors": [{"field": "completedAt", "message": "must not be before the promise was made (2026-11-23T09:41:07Z)"}]}""";

    public static final String ALREADY_COMPLETED = """
            {"type": "https://rapport.dev/problems/already-completed", "title": "Already completed", "status": 409,
             "detail": "follow-up 1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e was completed at 2026-11-23T10:00:00Z by alice"}""";

    public static final String ALREADY_ERASED = """
            {"type": "https://rapport.dev/problems/already-erased", "title": "Already erased", "status": 409,
             "detail": "customer 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b was erased at 2026-11-23T10:00:00Z"}""";

    public static final String TOO_MANY_IDS = """
            {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "id: size must be between 0 and 100",
             "errors": [{"field": "id", "message": "size must be between 0 and 100"}]}""";

    public static final String BAD_PAGE_SIZE = """
            {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "size: must be less than or equal to 100",
             "errors": [{"field": "size", "message": "must be less than or equal to 100"}]}""";

    private ApiExamples() {
    }
}
