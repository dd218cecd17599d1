package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import rapport.events.customer.CustomerRegistered;

/** Applies events to the read model. Each method is idempotent on its own as well. */
@ApplicationScoped
public class ReadModelUpdater {

    @Transactional(Transactional.TxType.MANDATORY)
    public void customerRegistered(CustomerRegistered event) {
        ReadModelCustomer customer = ReadModelCustomer.<ReadModelCustomer>findByIdOptional(event.customerId())
                .orElseGet(ReadModelCustomer::new);
        customer.customerId = event.customerId();
        customer.teamId = event.teamId();
        customer.kind = event.kind();
        customer.registeredAt = event.registeredAt();
        customer.persist();
    }
}
