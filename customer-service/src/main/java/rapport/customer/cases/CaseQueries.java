package rapport.customer.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import rapport.customer.common.Filters;
import rapport.customer.common.Pages;
import rapport.customer.interactions.Interaction;
import rapport.customer.interactions.InteractionView;
import rapport.web.Page;
import rapport.web.PageParams;
import rapport.web.ProblemException;

/** Reads cases; changes go through {@link CaseService} as part of an interaction change. */
@ApplicationScoped
public class CaseQueries {

    /** Oldest first (by when the opening contact happened), so the longest-waiting customer comes first. */
    public Page<CaseView> list(String teamId, CaseQuery query, PageParams page) {
        Filters filters = Filters.team(teamId)
                .optional("status = :status", "status", query.status)
                .optional("customerId = :customer", "customer", query.customerId)
                .optional("category = :category", "category", query.category);
        return Pages.of(Pages.withCustomer(SupportCase.find(filters.query("openedAt nulls last, id"),
                filters.parameters()), SupportCase.class), page, CaseView::of);
    }

    public CaseDetail get(String teamId, UUID caseId) {
        SupportCase c = require(teamId, caseId);
        return new CaseDetail(CaseView.of(c), Interaction.ofCase(caseId).stream()
                .sorted((a, b) -> CaseFact.ORDER.compare(a.fact(), b.fact())).map(InteractionView::of).toList());
    }

    public static SupportCase require(String teamId, UUID caseId) {
        return SupportCase.findInTeam(teamId, caseId).orElseThrow(() -> ProblemException.notFound("case", caseId));
    }
}
