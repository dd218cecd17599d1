package rapport.customer.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code totalItems} counts every item that matches the filters. */
@Schema(description = "One page of results")
public record Page<T>(
        List<T> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "42") long totalItems) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageParams params, Function<E, T> view) {
        List<E> rows = query.page(io.quarkus.panache.common.Page.of(params.page, params.size)).list();
        return new Page<>(rows.stream().map(view).toList(), params.page, params.size, query.count());
    }
}
