package rapport.console.services;

import java.util.List;

/** One page of a service's list endpoint ({@code ?page=0&size=20}). */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public boolean hasMore() {
        return (long) (page + 1) * size < totalItems;
    }
}
