package rapport.feedback.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rapport.web.Page;
import rapport.web.PageParams;

/** Reads of a team's responses: filtered lists and summary counts. */
@ApplicationScoped
public class ResponseQueries {

    @Inject
    EntityManager em;

    @Inject
    ResponseConfig config;

    public Page<ResponseView> list(String teamId, ResponseFilter filter, PageParams paging) {
        ResponseFilter.Condition c = filter.condition(teamId, config.reportingZone());
        var found = SurveyResponse.<SurveyResponse>find(c.where() + " order by submittedAt desc, id", c.params())
                .page(paging.page, paging.size);
        return Page.of(paging, found.list(), found.count()).map(ResponseView::of);
    }

    public ResponseSummary summary(String teamId, ResponseFilter filter) {
        ResponseFilter.Condition c = filter.condition(teamId, config.reportingZone());
        Object[] totals = query(c, "select count(*), count(comment), count(raterReliability), count(raterAssurance), "
                + "count(raterTangibles), count(raterEmpathy), count(raterResponsiveness) from SurveyResponse where ",
                "", Object[].class).getSingleResult();
        Map<Source, Long> bySource = new EnumMap<>(Source.class);
        for (Object[] row : grouped(c, "source")) {
            bySource.put((Source) row[0], (Long) row[1]);
        }
        Map<Integer, Long> csat = counts(grouped(c, "csat"));
        Map<Integer, Long> nps = counts(grouped(c, "nps"));
        Map<Integer, Long> ces = counts(grouped(c, "ces"));
        ResponseFilter.Condition invited = filter.invitationCondition(teamId, config.reportingZone());
        return new ResponseSummary((Long) totals[0], (Long) totals[1], bySource,
                new ResponseSummary.Csat(sum(csat, 1, 5), csat, sum(csat, 4, 5)),
                new ResponseSummary.Nps(sum(nps, 0, 10), sum(nps, 0, 6), sum(nps, 7, 8), sum(nps, 9, 10)),
                new ResponseSummary.Ces(sum(ces, 1, 7), ces, sum(ces, 5, 7)),
                new ResponseSummary.Rater((Long) totals[2], (Long) totals[3], (Long) totals[4], (Long) totals[5],
                        (Long) totals[6]),
                new ResponseSummary.Invitations(invitationCount(invited, "count(*)"),
                        invitationCount(invited, "count(answeredAt)")));
    }

    private List<Object[]> grouped(ResponseFilter.Condition c, String field) {
        return query(c, "select " + field + ", count(*) from SurveyResponse where ",
                " and " + field + " is not null group by " + field, Object[].class).getResultList();
    }

    private long invitationCount(ResponseFilter.Condition c, String aggregate) {
        return query(c, "select " + aggregate + " from Invitation where ", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(ResponseFilter.Condition c, String select, String tail, Class<T> type) {
        return bindAll(em.createQuery(select + c.where() + tail, type), c);
    }

    private static <T> TypedQuery<T> bindAll(TypedQuery<T> query, ResponseFilter.Condition c) {
        c.params().map().forEach(query::setParameter);
        return query;
    }

    private static Map<Integer, Long> counts(List<Object[]> rows) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).intValue(), (Long) row[1]);
        }
        return counts;
    }

    private static long sum(Map<Integer, Long> counts, int from, int to) {
        return counts.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() <= to)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
