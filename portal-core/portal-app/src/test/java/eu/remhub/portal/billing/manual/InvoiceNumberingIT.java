package eu.remhub.portal.billing.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.Plans;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import eu.remhub.portal.billing.internal.JdbcInvoices;
import eu.remhub.portal.billing.internal.manual.ManualBillingProvider;
import eu.remhub.portal.billing.internal.manual.ManualInvoices;
import eu.remhub.portal.member.MemberRepository;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Manual invoice numbers: one gap-free series per year, under concurrency and rollback. */
@PortalIntegrationTest
@Tag("database")
class InvoiceNumberingIT {

  @Autowired ManualInvoices issuer;
  @Autowired JdbcInvoices invoices;
  @Autowired JdbcBillingAccounts accounts;
  @Autowired MemberRepository members;
  @Autowired Plans plans;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcClient jdbc;
  @Autowired ManualBillingProvider manual;
  @Autowired MembershipService memberships;

  @Test
  void fourThreadsIssuing_getConsecutiveNumbers_withoutGapsOrDuplicates() throws Exception {
    long org = organisationWithBillingDetails();
    Plan plan = plans.find("research").orElseThrow();
    int perThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<String>>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < 4; t++) {
        Callable<List<String>> issuing =
            () -> {
              List<String> numbers = new ArrayList<>();
              for (int i = 0; i < perThread; i++) {
                numbers.add(
                    issuer.issue(org, plan, BillingInterval.MONTH, null, Instant.now()).number());
              }
              return numbers;
            };
        futures.add(pool.submit(issuing));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : futures) {
        all.addAll(f.get());
      }

      assertThat(all).hasSize(4 * perThread).doesNotHaveDuplicates();
      String series = "REM-" + Instant.now().atZone(ZoneOffset.UTC).getYear() + "-";
      assertThat(all).allSatisfy(n -> assertThat(n).startsWith(series));
      List<Long> values =
          all.stream().map(n -> Long.parseLong(n.substring(series.length()))).sorted().toList();
      long first = values.get(0);
      for (int i = 0; i < values.size(); i++) {
        assertThat(values.get(i)).as("number %d of the run", i).isEqualTo(first + i);
      }
      assertThat(invoices.ofOrganisation(org))
          .extracting(Invoice::number)
          .containsExactlyInAnyOrderElementsOf(all);
      assertThat(
              jdbc.sql("SELECT next_value FROM invoice_sequence WHERE series = ?")
                  .param(series.substring(0, series.length() - 1))
                  .query(Long.class)
                  .single())
          .isGreaterThan(values.get(values.size() - 1));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void firstInvoicesOfANewYear_startItsSeriesAtOne_whenIssuedAtOnce() throws Exception {
    long org = organisationWithBillingDetails();
    Plan plan = plans.find("research").orElseThrow();
    // A year no other test issues in (and within what TIMESTAMP columns hold on MariaDB).
    Instant newYear = Instant.parse("2037-01-01T00:00:01Z");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return issuer.issue(org, plan, BillingInterval.MONTH, null, newYear).number();
                }));
      }
      start.countDown();
      List<String> numbers = new ArrayList<>();
      for (Future<String> f : futures) {
        numbers.add(f.get());
      }
      assertThat(numbers)
          .containsExactlyInAnyOrder(
              "REM-2037-00001", "REM-2037-00002", "REM-2037-00003", "REM-2037-00004");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void organisationsWithoutMembership_subscribingAtOnce_eachGetTheirInvoice_withoutGaps()
      throws Exception {
    int organisations = 6;
    BillingFixtures fixtures = new BillingFixtures(members);
    List<Long> orgs = new ArrayList<>();
    for (int i = 0; i < organisations; i++) {
      orgs.add(fixtures.organisation("BE").id());
    }
    Plan plan = plans.find("research").orElseThrow();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(organisations);
    try {
      List<Future<Invoice>> futures = new ArrayList<>();
      for (long org : orgs) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  SubscribeResult result =
                      manual.subscribe(
                          org, plan, BillingInterval.MONTH, BillingFixtures.details("BE", ""));
                  return ((SubscribeResult.InvoiceIssued) result).invoice();
                }));
      }
      start.countDown();
      List<Invoice> issued = new ArrayList<>();
      for (Future<Invoice> f : futures) {
        issued.add(f.get());
      }

      assertThat(issued)
          .extracting(Invoice::organisationId)
          .containsExactlyInAnyOrderElementsOf(orgs);
      String series = "REM-" + Instant.now().atZone(ZoneOffset.UTC).getYear() + "-";
      List<Long> values =
          issued.stream()
              .map(i -> Long.parseLong(i.number().substring(series.length())))
              .sorted()
              .toList();
      for (int i = 0; i < values.size(); i++) {
        assertThat(values.get(i)).as("number %d of the run", i).isEqualTo(values.get(0) + i);
      }
      for (long org : orgs) {
        assertThat(memberships.find(org))
            .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MembershipStatus.INCOMPLETE));
        assertThat(invoices.ofOrganisation(org))
            .singleElement()
            .satisfies(i -> assertThat(i.status()).isEqualTo(Invoice.OPEN));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failureAfterNumbering_rollsTheNumberBack_soNoGapIsLeft() {
    long org = organisationWithBillingDetails();
    Plan plan = plans.find("sme").orElseThrow();
    String before = issuer.issue(org, plan, BillingInterval.YEAR, null, Instant.now()).number();
    TransactionTemplate tx = new TransactionTemplate(transactions);

    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      String taken =
                          issuer
                              .issue(org, plan, BillingInterval.YEAR, null, Instant.now())
                              .number();
                      assertThat(taken).isEqualTo(next(before));
                      throw new IllegalStateException("the mail server is down, say");
                    }))
        .hasMessageContaining("mail server");

    String after = issuer.issue(org, plan, BillingInterval.YEAR, null, Instant.now()).number();
    assertThat(after).as("the rolled-back number is issued again").isEqualTo(next(before));
    assertThat(invoices.ofOrganisation(org))
        .extracting(Invoice::number)
        .containsExactlyInAnyOrder(before, after);
  }

  @Test
  void withoutBillingDetails_noInvoiceAndNoNumberIsTaken() {
    long org = new BillingFixtures(members).organisation("BE").id();
    Plan plan = plans.find("sme").orElseThrow();
    assertThatThrownBy(() -> issuer.issue(org, plan, BillingInterval.YEAR, null, Instant.now()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no billing details");
    assertThat(invoices.ofOrganisation(org)).isEmpty();
  }

  private long organisationWithBillingDetails() {
    long org = new BillingFixtures(members).organisation("BE").id();
    accounts.saveDetails(
        org, "numbers@billing.example", "Rue 1", "1000", "Brussels", "BE", "", Instant.now());
    return org;
  }

  private static String next(String number) {
    int dash = number.lastIndexOf('-');
    return number.substring(0, dash + 1)
        + String.format("%05d", Long.parseLong(number.substring(dash + 1)) + 1);
  }
}
