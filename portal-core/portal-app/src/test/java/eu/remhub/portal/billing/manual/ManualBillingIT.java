package eu.remhub.portal.billing.manual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.event.MembershipActivated;
import eu.remhub.portal.api.event.MembershipLapsed;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.InvoiceService;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import eu.remhub.portal.billing.internal.manual.ManualBillingProvider;
import eu.remhub.portal.billing.internal.manual.ManualLifecycle;
import eu.remhub.portal.billing.manual.BillingFixtures.Org;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.EntitlementService;
import eu.remhub.portal.member.MemberRepository;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Manual invoicing end to end: an admin subscribes with billing details and gets a numbered invoice
 * and its PDF, staff record the transfer and the membership starts with its plan's entitlements,
 * renewals go out before the period ends, and an unpaid renewal falls past due, then lapses.
 */
@PortalIntegrationTest
@Tag("database")
class ManualBillingIT {

  @Autowired BillingService billing;
  @Autowired InvoiceService invoices;
  @Autowired MembershipService memberships;
  @Autowired EntitlementService entitlements;
  @Autowired ManualLifecycle lifecycle;
  @Autowired ManualBillingProvider manual;
  @Autowired JdbcBillingAccounts billingAccounts;
  @Autowired MemberRepository members;
  @Autowired AuditService audit;
  @Autowired MailOutbox mail;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ConfigurableApplicationContext context;

  BillingFixtures fixtures;
  BillingFixtures.Events events = new BillingFixtures.Events();

  @BeforeEach
  void setUp() {
    fixtures = new BillingFixtures(members);
    context.addApplicationListener(events);
  }

  @AfterEach
  void tearDown() {
    context.removeApplicationListener(events);
    SecurityContextHolder.clearContext();
  }

  @Test
  void subscribe_invoiceAndPdf_staffMarkPaid_membershipStartsWithItsEntitlements()
      throws IOException {
    Org org = fixtures.organisation("BE");
    fixtures.signIn(org.adminId());

    SubscribeResult result =
        billing.subscribe(
            org.id(),
            "sme",
            BillingInterval.YEAR,
            BillingFixtures.details("be", "BE 0123.456.789"));

    Invoice invoice = ((SubscribeResult.InvoiceIssued) result).invoice();
    int year = LocalDate.now(ZoneOffset.UTC).getYear();
    assertThat(invoice.number()).matches("REM-" + year + "-\\d{5}");
    assertThat(invoice.status()).isEqualTo(Invoice.OPEN);
    assertThat(invoice.netCents()).isEqualTo(150_000);
    assertThat(invoice.vatRateBasisPoints())
        .as("a buyer in the seller's country pays Belgian VAT")
        .isEqualTo(2100);
    assertThat(invoice.vatCents()).isEqualTo(31_500);
    assertThat(invoice.totalCents()).isEqualTo(181_500);
    assertThat(invoice.buyerName()).isEqualTo(org.legalName());
    assertThat(invoice.buyerVatId()).isEqualTo("BE0123456789");
    assertThat(invoice.periodStart()).as("the period starts on payment").isNull();
    assertThat(memberships.find(org.id()))
        .hasValueSatisfying(
            m -> {
              assertThat(m.status()).isEqualTo(MembershipStatus.INCOMPLETE);
              assertThat(m.provider()).isEqualTo("manual");
            });
    assertThat(entitlements.organisationHas(org.id(), "passport.manage"))
        .as("awaiting payment grants nothing")
        .isFalse();
    assertThat(mail.to("accounts@billing.example", 1000))
        .anySatisfy(
            m -> {
              assertThat(m.subject())
                  .isEqualTo("Invoice " + invoice.number() + " from REMHub Innovation Hub AISBL");
              assertThat(m.body()).contains("BE68 5390 0754 7034").contains("EUR 1,815.00");
            });

    SubscribeResult again =
        billing.subscribe(
            org.id(), "sme", BillingInterval.YEAR, BillingFixtures.details("BE", "BE0123456789"));
    assertThat(((SubscribeResult.InvoiceIssued) again).invoice().id())
        .as("a second subscribe returns the open invoice")
        .isEqualTo(invoice.id());
    assertThat(invoices.invoices(org.id())).hasSize(1);

    String text = text(invoices.pdf(org.id(), invoice.id()));
    assertThat(text)
        .contains(
            "Invoice " + invoice.number(),
            org.legalName(),
            "VAT BE0123456789",
            "Quai des Usines 12",
            "4020 Liège",
            "Belgium",
            "REMHub Innovation Hub AISBL",
            "VAT BE0712345678",
            "IBAN BE68 5390 0754 7034",
            "BIC EXBEBEBB",
            "Reference " + invoice.number(),
            "Membership SME, yearly",
            "EUR 1,500.00",
            "VAT 21 %",
            "EUR 315.00",
            "EUR 1,815.00",
            "One year from the day of payment");
    assertThat(text).doesNotContain("Reverse charge").doesNotContain("Paid on");

    Org other = fixtures.organisation("BE");
    fixtures.signIn(other.adminId());
    int auditBefore = audit.count();
    assertThatThrownBy(() -> invoices.pdf(org.id(), invoice.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> invoices.invoices(org.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> invoices.pdf(other.id(), invoice.id()))
        .as("an invoice of another organisation under one's own")
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.latest(0, audit.count() - auditBefore))
        .filteredOn(e -> e.action().equals("billing.denied"))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo(other.adminEmail()));
    fixtures.signIn(org.memberId());
    assertThatThrownBy(() -> invoices.pdf(org.id(), invoice.id()))
        .as("members who are not admins")
        .isInstanceOf(AccessDeniedException.class);
    fixtures.signIn(org.adminId());
    assertThatThrownBy(
            () -> invoices.markPaid(invoice.id(), LocalDate.now(ZoneOffset.UTC), "self-service"))
        .isInstanceOf(AccessDeniedException.class);

    accounts.signIn(Persona.STAFF);
    assertThat(invoices.open()).extracting(Invoice::id).contains(invoice.id());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThatThrownBy(() -> invoices.markPaid(invoice.id(), today.plusDays(1), "x"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.Problem::key)
                    .containsExactly("error.invoice.paid-in-future"));
    Invoice paid = invoices.markPaid(invoice.id(), today, "BANK-REF-4711");

    assertThat(paid.status()).isEqualTo(Invoice.PAID);
    assertThat(paid.paidReference()).isEqualTo("BANK-REF-4711");
    Instant start = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = today.plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Membership m = memberships.find(org.id()).orElseThrow();
    assertThat(m.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(m.planId()).isEqualTo("sme");
    assertThat(m.currentPeriodStart()).isEqualTo(start);
    assertThat(m.currentPeriodEnd()).isEqualTo(end);
    assertThat(entitlements.organisationHas(org.id(), "passport.manage")).isTrue();
    assertThat(entitlements.organisationHas(org.id(), "hub.shared-services"))
        .as("only the plan's entitlements")
        .isFalse();
    assertThat(memberships.seatLimit(org.id())).isEqualTo(15);
    assertThat(events.of(MembershipActivated.class))
        .filteredOn(e -> e.organisationId() == org.id())
        .singleElement()
        .satisfies(e -> assertThat(e.planId()).isEqualTo("sme"));
    assertThat(audit.latest(0, 20))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("invoice.paid");
              assertThat(e.detail()).contains(invoice.number()).contains("BANK-REF-4711");
            });
    assertThat(mail.to(org.adminEmail(), 10))
        .anySatisfy(
            r ->
                assertThat(r.subject())
                    .isEqualTo("Payment received for invoice " + invoice.number()));
    assertThat(invoices.open()).extracting(Invoice::id).doesNotContain(invoice.id());
    assertThat(text(invoices.pdf(org.id(), invoice.id())))
        .contains("Paid on " + today.getDayOfMonth())
        .doesNotContain("Please transfer");

    assertThatThrownBy(() -> invoices.markPaid(invoice.id(), today, "twice"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().get(0).key()).isEqualTo("error.invoice.not-open");
              assertThat(e.problems().get(0).args()).containsExactly(invoice.number());
            });
    assertThatThrownBy(() -> invoices.voidInvoice(invoice.id(), "too late"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void vat_reverseChargeForEuBuyersWithVatId_outsideScopeBeyondTheEu() throws IOException {
    Org german = fixtures.organisation("DE");
    fixtures.signIn(german.adminId());
    Invoice reverse =
        issued(
            billing.subscribe(
                german.id(),
                "research",
                BillingInterval.MONTH,
                BillingFixtures.details("DE", "DE123456789")));
    assertThat(reverse.vatCents()).isZero();
    assertThat(reverse.totalCents()).isEqualTo(4_500);
    assertThat(reverse.reverseCharge()).isTrue();
    assertThat(text(invoices.pdf(german.id(), reverse.id())))
        .contains(
            "Reverse charge: VAT to be accounted for by the recipient, Art. 196 Council Directive 2006/112/EC",
            "VAT DE123456789",
            "Germany",
            "VAT 0 %",
            "EUR 45.00",
            "Membership Research & Academia, monthly");

    Org germanWithoutVatId = fixtures.organisation("DE");
    fixtures.signIn(germanWithoutVatId.adminId());
    Invoice domesticRate =
        issued(
            billing.subscribe(
                germanWithoutVatId.id(),
                "research",
                BillingInterval.MONTH,
                BillingFixtures.details("DE", "")));
    assertThat(domesticRate.vatRateBasisPoints()).isEqualTo(2100);
    assertThat(domesticRate.totalCents()).isEqualTo(5_445);
    assertThat(text(invoices.pdf(germanWithoutVatId.id(), domesticRate.id())))
        .doesNotContain("Reverse charge");

    Org swiss = fixtures.organisation("CH");
    fixtures.signIn(swiss.adminId());
    Invoice outside =
        issued(
            billing.subscribe(
                swiss.id(),
                "industry",
                BillingInterval.YEAR,
                BillingFixtures.details("CH", "CHE-123.456.789")));
    assertThat(outside.vatCents()).isZero();
    assertThat(outside.reverseCharge()).isFalse();
    assertThat(outside.buyerVatId()).isEqualTo("CHE123456789");
    assertThat(text(invoices.pdf(swiss.id(), outside.id())))
        .contains("Outside the scope of EU VAT", "Switzerland", "EUR 6,000.00");
  }

  @Test
  void badInput_fieldErrors_andNothingStored() {
    Org org = fixtures.organisation("BE");
    fixtures.signIn(org.adminId());

    assertThatThrownBy(
            () ->
                billing.subscribe(
                    org.id(),
                    "sme",
                    BillingInterval.YEAR,
                    new eu.remhub.portal.billing.BillingDetails(
                        "not-an-address", "Quai 1", "4020", " ", "DE", "DE123")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InvalidInputException.Problem::field)
                  .containsExactlyInAnyOrder("billingEmail", "city", "vatId");
              assertThat(e.problems())
                  .filteredOn(p -> p.field().equals("vatId"))
                  .singleElement()
                  .satisfies(p -> assertThat(p.args()).containsExactly("DE", "DE123456789"));
            });
    assertThatThrownBy(
            () ->
                billing.subscribe(
                    org.id(), "sme", BillingInterval.YEAR, BillingFixtures.details("XX", "")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.Problem::key)
                    .containsExactly("error.billing.country"));
    assertThatThrownBy(
            () ->
                billing.subscribe(
                    org.id(), "platinum", BillingInterval.YEAR, BillingFixtures.details("BE", "")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.Problem::field)
                    .containsExactly("plan"));
    assertThatThrownBy(
            () ->
                billing.subscribe(
                    org.id(), "industry", BillingInterval.MONTH, BillingFixtures.details("BE", "")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.Problem::field)
                    .containsExactly("interval"));

    assertThat(invoices.invoices(org.id())).isEmpty();
    assertThat(memberships.find(org.id())).isEmpty();
    assertThat(billingAccounts.find(org.id())).isEmpty();
  }

  @Test
  void renewal_issuedOncePerPeriod_unpaidFallsPastDue_thenUnpaid_andLapses_paymentRestores() {
    Org org = fixtures.organisation("BE");
    Invoice first = subscribeAndPay(org, "sme", BillingInterval.YEAR);
    Membership active = memberships.find(org.id()).orElseThrow();
    Instant end = active.currentPeriodEnd();

    assertThat(lifecycle.check(org.id(), end.minus(Duration.ofDays(31))).renewal())
        .as("not yet due")
        .isFalse();
    lifecycle.check(org.id(), end.minus(Duration.ofDays(29)));
    lifecycle.check(org.id(), end.minus(Duration.ofDays(28)));
    fixtures.signIn(org.adminId());
    List<Invoice> renewals =
        invoices.invoices(org.id()).stream().filter(i -> i.id() != first.id()).toList();
    assertThat(renewals)
        .as("one renewal for the next period, however often the job runs")
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.planId()).isEqualTo("sme");
              assertThat(r.periodStart()).isEqualTo(end);
              assertThat(r.periodEnd())
                  .isEqualTo(end.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
              assertThat(r.status()).isEqualTo(Invoice.OPEN);
            });
    Invoice renewal = renewals.get(0);
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.ACTIVE);

    lifecycle.check(org.id(), end.plus(Duration.ofDays(1)));
    Membership pastDue = memberships.find(org.id()).orElseThrow();
    assertThat(pastDue.status()).isEqualTo(MembershipStatus.PAST_DUE);
    assertThat(pastDue.currentPeriodEnd()).isEqualTo(end);
    assertThat(entitlements.organisationHas(org.id(), "passport.manage"))
        .as("within the grace days")
        .isTrue();
    assertThat(events.of(MembershipLapsed.class))
        .filteredOn(e -> e.organisationId() == org.id())
        .isEmpty();

    lifecycle.check(org.id(), end.plus(Duration.ofDays(15)));
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .as("past due longer than 14 days of grace")
        .isEqualTo(MembershipStatus.UNPAID);
    assertThat(entitlements.organisationHas(org.id(), "passport.manage")).isFalse();
    assertThat(events.of(MembershipLapsed.class))
        .filteredOn(e -> e.organisationId() == org.id())
        .hasSize(1);

    accounts.signIn(Persona.STAFF);
    invoices.markPaid(renewal.id(), LocalDate.now(ZoneOffset.UTC), "late transfer");
    lifecycle.check(org.id(), end.plus(Duration.ofDays(16)));
    Membership renewed = memberships.find(org.id()).orElseThrow();
    assertThat(renewed.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(renewed.currentPeriodStart())
        .as("the renewal pays for the period it names")
        .isEqualTo(end);
    assertThat(renewed.currentPeriodEnd()).isEqualTo(renewal.periodEnd());
    assertThat(events.of(MembershipActivated.class))
        .filteredOn(e -> e.organisationId() == org.id())
        .hasSize(2);
  }

  @Test
  void pastDue_lapsesWhenGraceEnds_evenBeforeTheJobRunsAgain() {
    Org org = fixtures.organisation("BE");
    subscribeAndPay(org, "research", BillingInterval.MONTH);
    Instant end = memberships.find(org.id()).orElseThrow().currentPeriodEnd();
    lifecycle.check(org.id(), end.plusSeconds(60));
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.PAST_DUE);
    assertThat(entitlements.organisationHas(org.id(), "matchmaking.request")).isTrue();

    // Thirty-one days pass: the research plan's thirty days of grace are over.
    jdbc.sql("UPDATE membership SET past_due_since = ? WHERE organisation_id = ?")
        .params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))), org.id())
        .update();
    assertThat(entitlements.organisationHas(org.id(), "matchmaking.request")).isFalse();
    memberships.refreshEntitlements();
    assertThat(events.of(MembershipLapsed.class))
        .filteredOn(e -> e.organisationId() == org.id())
        .hasSize(1);
  }

  @Test
  void planChange_takesEffectWithTheNextRenewal() {
    Org org = fixtures.organisation("BE");
    subscribeAndPay(org, "sme", BillingInterval.YEAR);
    Instant end = memberships.find(org.id()).orElseThrow().currentPeriodEnd();

    fixtures.signIn(org.adminId());
    billing.changePlan(org.id(), "industry", BillingInterval.YEAR);
    assertThat(memberships.find(org.id()).orElseThrow().planId())
        .as("the paid period stays as paid")
        .isEqualTo("sme");
    assertThat(manual.pendingChange(org.id()))
        .hasValueSatisfying(p -> assertThat(p.plan().id()).isEqualTo("industry"));

    lifecycle.check(org.id(), end.minus(Duration.ofDays(10)));
    Invoice renewal = invoices.invoices(org.id()).get(0);
    assertThat(renewal.planId()).isEqualTo("industry");
    assertThat(renewal.netCents()).isEqualTo(600_000);
    assertThat(manual.pendingChange(org.id())).isEmpty();

    billing.changePlan(org.id(), "research", BillingInterval.MONTH);
    List<Invoice> all = invoices.invoices(org.id());
    assertThat(all)
        .filteredOn(i -> i.id() == renewal.id())
        .singleElement()
        .satisfies(
            i -> assertThat(i.status()).as("an open renewal is replaced").isEqualTo(Invoice.VOID));
    Invoice replacement =
        all.stream().filter(i -> Invoice.OPEN.equals(i.status())).findFirst().orElseThrow();
    assertThat(replacement.planId()).isEqualTo("research");
    assertThat(replacement.periodStart()).isEqualTo(end);
    assertThat(replacement.number()).isNotEqualTo(renewal.number());

    accounts.signIn(Persona.STAFF);
    invoices.markPaid(replacement.id(), LocalDate.now(ZoneOffset.UTC), "");
    assertThat(memberships.find(org.id()).orElseThrow().planId())
        .as("paid ahead: the current period is unchanged")
        .isEqualTo("sme");
    lifecycle.check(org.id(), end.plusSeconds(1));
    Membership next = memberships.find(org.id()).orElseThrow();
    assertThat(next.planId()).isEqualTo("research");
    assertThat(next.interval()).isEqualTo(BillingInterval.MONTH);
    assertThat(next.status()).isEqualTo(MembershipStatus.ACTIVE);
  }

  @Test
  void cancelAtPeriodEnd_noRenewal_canceledWhenThePeriodEnds() {
    Org org = fixtures.organisation("BE");
    subscribeAndPay(org, "sme", BillingInterval.YEAR);
    Instant end = memberships.find(org.id()).orElseThrow().currentPeriodEnd();

    fixtures.signIn(org.adminId());
    billing.cancelAtPeriodEnd(org.id(), true);
    assertThat(memberships.find(org.id()).orElseThrow().cancelAtPeriodEnd()).isTrue();
    lifecycle.check(org.id(), end.minus(Duration.ofDays(5)));
    assertThat(invoices.invoices(org.id())).as("no renewal for a cancelled membership").hasSize(1);
    assertThat(entitlements.organisationHas(org.id(), "passport.manage")).isTrue();

    lifecycle.check(org.id(), end.plusSeconds(1));
    Membership ended = memberships.find(org.id()).orElseThrow();
    assertThat(ended.status()).isEqualTo(MembershipStatus.CANCELED);
    assertThat(entitlements.organisationHas(org.id(), "passport.manage")).isFalse();
    assertThat(events.of(MembershipLapsed.class))
        .filteredOn(e -> e.organisationId() == org.id())
        .hasSize(1);
  }

  @Test
  void staffResync_derivesTheMembershipFromItsInvoicesAgain() {
    Org org = fixtures.organisation("BE");
    subscribeAndPay(org, "sme", BillingInterval.YEAR);
    jdbc.sql("UPDATE membership SET status = 'unpaid', entitled = FALSE WHERE organisation_id = ?")
        .param(org.id())
        .update();
    assertThat(entitlements.organisationHas(org.id(), "passport.manage")).isFalse();

    accounts.signIn(Persona.STAFF);
    billing.resync(org.id());

    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.ACTIVE);
    assertThat(entitlements.organisationHas(org.id(), "passport.manage")).isTrue();
  }

  @Test
  void voidingTheFirstInvoice_keepsItsNumber_andTheMembershipExpires() {
    Org org = fixtures.organisation("BE");
    fixtures.signIn(org.adminId());
    Invoice first =
        issued(
            billing.subscribe(
                org.id(), "sme", BillingInterval.MONTH, BillingFixtures.details("BE", "")));
    Invoice replaced =
        issued(
            billing.subscribe(
                org.id(), "sme", BillingInterval.YEAR, BillingFixtures.details("BE", "")));
    assertThat(replaced.id())
        .as("another interval replaces the open invoice")
        .isNotEqualTo(first.id());

    accounts.signIn(Persona.STAFF);
    Invoice voided = invoices.voidInvoice(replaced.id(), "customer withdrew");
    assertThat(voided.status()).isEqualTo(Invoice.VOID);
    assertThat(voided.number()).isEqualTo(replaced.number());
    assertThat(invoices.invoices(org.id())).extracting(Invoice::status).containsOnly(Invoice.VOID);
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.INCOMPLETE_EXPIRED);
    assertThat(invoices.open()).extracting(Invoice::id).doesNotContain(first.id(), replaced.id());

    fixtures.signIn(org.adminId());
    assertThatThrownBy(() -> invoices.voidInvoice(first.id(), ""))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void subscribingAgainWithCorrectedDetails_voidsTheOpenInvoice_andIssuesOneForTheNewBuyer() {
    Org org = fixtures.organisation("BE");
    fixtures.signIn(org.adminId());
    Invoice first =
        issued(
            billing.subscribe(
                org.id(), "sme", BillingInterval.YEAR, BillingFixtures.details("BE", "")));

    Invoice withVatId =
        issued(
            billing.subscribe(
                org.id(),
                "sme",
                BillingInterval.YEAR,
                BillingFixtures.details("BE", "BE 0123.456.789")));
    assertThat(withVatId.id())
        .as("a corrected VAT id needs a new invoice")
        .isNotEqualTo(first.id());
    assertThat(withVatId.buyerVatId()).isEqualTo("BE0123456789");
    assertThat(withVatId.number()).isNotEqualTo(first.number());

    Invoice moved =
        issued(
            billing.subscribe(
                org.id(),
                "sme",
                BillingInterval.YEAR,
                new eu.remhub.portal.billing.BillingDetails(
                    "accounts@billing.example",
                    "Rue Neuve 3",
                    "1000",
                    "Bruxelles",
                    "BE",
                    "BE0123456789")));
    assertThat(moved.id())
        .as("a corrected address needs a new invoice")
        .isNotEqualTo(withVatId.id());
    assertThat(moved.buyerAddress()).isEqualTo("Rue Neuve 3\n1000 Bruxelles");

    Invoice same =
        issued(
            billing.subscribe(
                org.id(),
                "sme",
                BillingInterval.YEAR,
                new eu.remhub.portal.billing.BillingDetails(
                    "other@billing.example",
                    "Rue Neuve 3",
                    "1000",
                    "Bruxelles",
                    "be",
                    "BE 0123 456 789")));
    assertThat(same.id()).as("the same buyer again keeps the open invoice").isEqualTo(moved.id());

    List<Invoice> all = invoices.invoices(org.id());
    assertThat(all)
        .extracting(Invoice::id)
        .containsExactlyInAnyOrder(first.id(), withVatId.id(), moved.id());
    assertThat(all)
        .filteredOn(i -> i.id() != moved.id())
        .extracting(Invoice::status)
        .containsOnly(Invoice.VOID);
    assertThat(all)
        .filteredOn(i -> i.id() == first.id())
        .singleElement()
        .satisfies(
            i ->
                assertThat(i.number())
                    .as("a voided invoice keeps its number")
                    .isEqualTo(first.number()));
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.INCOMPLETE);
  }

  @Test
  void voidedRenewal_isIssuedAgain_oncePerPeriod() {
    Org org = fixtures.organisation("BE");
    Invoice first = subscribeAndPay(org, "sme", BillingInterval.YEAR);
    Instant end = memberships.find(org.id()).orElseThrow().currentPeriodEnd();
    lifecycle.check(org.id(), end.minus(Duration.ofDays(20)));
    accounts.signIn(Persona.STAFF);
    Invoice renewal =
        invoices.invoices(org.id()).stream()
            .filter(i -> i.id() != first.id())
            .findFirst()
            .orElseThrow();
    invoices.voidInvoice(renewal.id(), "wrong purchase order number");

    assertThat(lifecycle.check(org.id(), end.minus(Duration.ofDays(19))).renewal())
        .as("a voided renewal is reissued")
        .isTrue();
    assertThat(lifecycle.check(org.id(), end.minus(Duration.ofDays(18))).renewal())
        .as("the reissued one counts")
        .isFalse();
    List<Invoice> renewals =
        invoices.invoices(org.id()).stream().filter(i -> i.id() != first.id()).toList();
    assertThat(renewals).hasSize(2).allSatisfy(i -> assertThat(i.periodStart()).isEqualTo(end));
    assertThat(renewals)
        .extracting(Invoice::status)
        .containsExactlyInAnyOrder(Invoice.VOID, Invoice.OPEN);

    Invoice reissued =
        renewals.stream().filter(i -> Invoice.OPEN.equals(i.status())).findFirst().orElseThrow();
    invoices.markPaid(reissued.id(), LocalDate.now(ZoneOffset.UTC), "transfer");
    assertThat(lifecycle.check(org.id(), end.minus(Duration.ofDays(17))).renewal())
        .as("a paid one counts")
        .isFalse();
    assertThat(invoices.invoices(org.id())).hasSize(3);
  }

  @Test
  void choosingTheCurrentPlanAgain_withdrawsTheScheduledChange() {
    Org org = fixtures.organisation("BE");
    subscribeAndPay(org, "sme", BillingInterval.YEAR);
    Instant end = memberships.find(org.id()).orElseThrow().currentPeriodEnd();
    fixtures.signIn(org.adminId());
    assertThatThrownBy(() -> billing.changePlan(org.id(), "sme", BillingInterval.YEAR))
        .as("nothing to withdraw")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.Problem::key)
                    .containsExactly("error.billing.same-plan"));

    billing.changePlan(org.id(), "industry", BillingInterval.YEAR);
    assertThat(billing.pendingChange(org.id())).isPresent();
    billing.changePlan(org.id(), "sme", BillingInterval.YEAR);
    assertThat(billing.pendingChange(org.id())).as("the change is withdrawn").isEmpty();
    assertThat(memberships.find(org.id()).orElseThrow().planId()).isEqualTo("sme");

    lifecycle.check(org.id(), end.minus(Duration.ofDays(10)));
    Invoice renewal = invoices.invoices(org.id()).get(0);
    assertThat(renewal.periodStart()).isEqualTo(end);
    assertThat(renewal.planId()).as("the renewal is for the plan kept").isEqualTo("sme");
    assertThat(renewal.interval()).isEqualTo(BillingInterval.YEAR);
  }

  @Test
  void returningOrganisation_isNotDerivedFromTheInvoicesOfItsEndedMembership() {
    Org org = fixtures.organisation("BE");
    Invoice old = subscribeAndPay(org, "sme", BillingInterval.YEAR);
    // The old membership ran two years ago and ended when it was cancelled.
    Instant oldStart = Instant.now().minus(Duration.ofDays(800));
    Instant oldEnd = Instant.now().minus(Duration.ofDays(435));
    jdbc.sql(
            "UPDATE invoice SET issued_at = ?, due_at = ?, paid_at = ?, period_start = ?, period_end = ? WHERE id = ?")
        .params(
            java.sql.Timestamp.from(oldStart),
            java.sql.Timestamp.from(oldStart),
            java.sql.Timestamp.from(oldStart),
            java.sql.Timestamp.from(oldStart),
            java.sql.Timestamp.from(oldEnd),
            old.id())
        .update();
    jdbc.sql(
            "UPDATE membership SET status = 'canceled', entitled = FALSE, cancel_at_period_end = TRUE, "
                + "current_period_start = ?, current_period_end = ? WHERE organisation_id = ?")
        .params(java.sql.Timestamp.from(oldStart), java.sql.Timestamp.from(oldEnd), org.id())
        .update();

    fixtures.signIn(org.adminId());
    Invoice again =
        issued(
            billing.subscribe(
                org.id(), "research", BillingInterval.MONTH, BillingFixtures.details("BE", "")));
    Membership waiting = memberships.find(org.id()).orElseThrow();
    assertThat(waiting.status()).isEqualTo(MembershipStatus.INCOMPLETE);
    assertThat(waiting.currentPeriodEnd()).isNull();

    ManualLifecycle.Step step = lifecycle.check(org.id(), Instant.now());
    assertThat(step.renewal()).as("no renewal for the ended membership's period").isFalse();
    assertThat(step.changed()).isFalse();
    Membership still = memberships.find(org.id()).orElseThrow();
    assertThat(still.status())
        .as("still awaiting the first payment")
        .isEqualTo(MembershipStatus.INCOMPLETE);
    assertThat(still.planId()).isEqualTo("research");
    assertThat(entitlements.organisationHas(org.id(), "matchmaking.request")).isFalse();
    assertThat(invoices.invoices(org.id()))
        .extracting(Invoice::id)
        .containsExactlyInAnyOrder(old.id(), again.id());

    accounts.signIn(Persona.STAFF);
    invoices.markPaid(again.id(), LocalDate.now(ZoneOffset.UTC), "welcome back");
    Membership back = memberships.find(org.id()).orElseThrow();
    assertThat(back.status()).isEqualTo(MembershipStatus.ACTIVE);
    assertThat(back.planId()).isEqualTo("research");
    assertThat(back.currentPeriodStart())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private Invoice subscribeAndPay(Org org, String plan, BillingInterval interval) {
    fixtures.signIn(org.adminId());
    Invoice invoice =
        issued(billing.subscribe(org.id(), plan, interval, BillingFixtures.details("BE", "")));
    accounts.signIn(Persona.STAFF);
    invoices.markPaid(invoice.id(), LocalDate.now(ZoneOffset.UTC), "transfer");
    assertThat(memberships.find(org.id()).orElseThrow().status())
        .isEqualTo(MembershipStatus.ACTIVE);
    return invoice;
  }

  private static Invoice issued(SubscribeResult result) {
    assertThat(result).isInstanceOf(SubscribeResult.InvoiceIssued.class);
    return ((SubscribeResult.InvoiceIssued) result).invoice();
  }

  static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    }
  }
}
