package eu.remhub.portal.search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the indexer when an outbox entry has been committed, so that a change on this node is
 * searchable in well under a second without polling the table many times a second.
 */
@Component
class OutboxSignal {

  private static final Object BOUND = new Object();
  private volatile Runnable listener = () -> {};

  void listen(Runnable wake) {
    this.listener = wake;
  }

  /** Called after writing an entry: fires after the commit, or now outside a transaction. */
  void written() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      listener.run();
      return;
    }
    if (TransactionSynchronizationManager.hasResource(BOUND)) {
      return;
    }
    TransactionSynchronizationManager.bindResource(BOUND, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BOUND);
            if (status == STATUS_COMMITTED) {
              listener.run();
            }
          }
        });
  }
}
