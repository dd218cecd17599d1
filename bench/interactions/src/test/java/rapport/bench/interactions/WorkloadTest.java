package rapport.bench.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private static final String CASE = "9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f";

    @Test
    void contactsGoRoundTheCustomersAndOpenCasesUntilOneIsKnown() {
        Workload workload = new Workload(List.of("c1", "c2"), 1.0);
        assertThat(workload.next(0).customerId()).isEqualTo("c1");
        assertThat(workload.next(1).customerId()).isEqualTo("c2");
        assertThat(workload.next(2).json()).doesNotContain("caseId").contains("\"summary\"");
    }

    @Test
    void aKnownCaseIsJoinedUntilItHasFourContacts() {
        Workload workload = new Workload(List.of("c1"), 1.0);
        Workload.Contact first = workload.next(0);
        workload.logged(first, "{\"id\":\"x\",\"caseId\":\"" + CASE + "\"}");
        for (int i = 1; i < 4; i++) {
            Workload.Contact joining = workload.next(i);
            assertThat(joining.json()).contains("\"caseId\":\"" + CASE + "\"");
            workload.logged(joining, "{\"caseId\":\"" + CASE + "\"}");
        }
        assertThat(workload.next(4).json()).doesNotContain("caseId");
    }
}
