package rapport.feedback.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code total} counts every item matching the filters. */
public record Page<T>(List<T> items, @Schema(examples = "0") int page, @Schema(examples = "50") int size,
        @Schema(examples = "123") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
