package eu.remhub.portal.billing.internal.manual;

import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free invoice numbers, one series per prefix and year ({@code REM-2026-00042}). The number is
 * taken with the series row locked in the transaction that stores the invoice: a rollback returns
 * it, and a second issuer waits until the first one commits. The series row itself is created in a
 * short transaction of its own, so that the first issuers of a year do not hold each other up.
 */
@Component
class InvoiceNumbers {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  InvoiceNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next number of the series; must run inside the transaction that stores the invoice. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int year) {
    String series = prefix + "-" + year;
    // Created before locking: a locking read of a missing row would hold a gap lock (InnoDB) that
    // the insert in its own transaction would then wait for.
    if (jdbc.sql("SELECT COUNT(*) FROM invoice_sequence WHERE series = ?")
            .param(series)
            .query(Integer.class)
            .single()
        == 0) {
      createSeries(series);
    }
    long value =
        lockSeries(series)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "invoice series " + series + " could not be created"));
    jdbc.sql("UPDATE invoice_sequence SET next_value = ? WHERE series = ?")
        .params(value + 1, series)
        .update();
    return format(series, value);
  }

  static String format(String series, long value) {
    return series + "-" + String.format("%05d", value);
  }

  private Optional<Long> lockSeries(String series) {
    return jdbc.sql("SELECT next_value FROM invoice_sequence WHERE series = ? FOR UPDATE")
        .param(series)
        .query(Long.class)
        .optional();
  }

  private void createSeries(String series) {
    try {
      ownTransaction.executeWithoutResult(
          status -> {
            boolean exists =
                jdbc.sql("SELECT COUNT(*) FROM invoice_sequence WHERE series = ?")
                        .param(series)
                        .query(Integer.class)
                        .single()
                    > 0;
            if (!exists) {
              jdbc.sql("INSERT INTO invoice_sequence (series, next_value) VALUES (?, 1)")
                  .param(series)
                  .update();
            }
          });
    } catch (DataAccessException raced) {
      // Another issuer created it at the same moment; the lock that follows reads theirs.
    }
  }
}
