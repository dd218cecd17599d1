package rapport.web;

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

    /** The page {@code params} asked for, holding {@code items} of {@code totalItems} in all. */
    public static <T> Page<T> of(PageParams params, List<T> items, long totalItems) {
        return new Page<>(items, params.page, params.size, totalItems);
    }

    /** The same page with each item turned into what the API shows. */
    public <R> Page<R> map(Function<? super T, ? extends R> view) {
        return new Page<>(items.stream().<R>map(view).toList(), page, size, totalItems);
    }
}
