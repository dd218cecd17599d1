package rapport.customer.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.function.Function;
import rapport.web.Page;
import rapport.web.PageParams;

/** Reads the page a list request asks for from a Panache query (libs/web-api's {@link Page} knows no Hibernate). */
public final class Pages {

    private Pages() {
    }

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> view) {
        return Page.of(params, query.page(params.page, params.size).list(), query.count()).map(view);
    }
}
