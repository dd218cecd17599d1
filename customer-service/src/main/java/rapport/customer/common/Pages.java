package rapport.customer.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.EntityGraph;
import java.util.function.Function;
import org.hibernate.jpa.SpecHints;
import rapport.web.Page;
import rapport.web.PageParams;

/** Reads the page a list request asks for from a Panache query (libs/web-api's {@link Page} knows no Hibernate). */
public final class Pages {

    private Pages() {
    }

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> view) {
        return Page.of(params, query.page(params.page, params.size).list(), query.count()).map(view);
    }

    /**
     * The query with each row's {@code customer} read in the same statement (a join), for a list whose items carry
     * the customer's name (docs/customer-service.md), instead of one more query per customer.
     */
    public static <E> PanacheQuery<E> withCustomer(PanacheQuery<E> query, Class<E> entity) {
        EntityGraph<E> graph = Panache.getEntityManager().createEntityGraph(entity);
        graph.addAttributeNodes("customer");
        return query.withHint(SpecHints.HINT_SPEC_FETCH_GRAPH, graph);
    }
}
