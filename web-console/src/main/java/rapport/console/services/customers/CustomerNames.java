package rapport.console.services.customers;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.console.services.ServiceProblem;

/**
 * The names of the customers a page lists (cases, contacts and promises carry only the customer's id): one call per
 * distinct customer, all at once.
 */
@ApplicationScoped
public class CustomerNames {

    @RestClient
    CustomerServiceClient customers;

    public Uni<Map<UUID, String>> of(String team, Collection<UUID> ids) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Customer>> calls = distinct.stream().map(id -> customers.customer(team, id)
                .onFailure(ServiceProblem.class).recoverWithNull()).toList();
        return Uni.join().all(calls).andFailFast().map(found -> {
            Map<UUID, String> names = new LinkedHashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                Customer customer = found.get(i);
                names.put(distinct.get(i), customer == null ? "(unknown customer)" : customer.displayName());
            }
            return names;
        });
    }
}
