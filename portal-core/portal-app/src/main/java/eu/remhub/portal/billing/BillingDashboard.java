package eu.remhub.portal.billing;

import eu.remhub.portal.billing.internal.JdbcBillingReports;
import eu.remhub.portal.billing.internal.JdbcMemberships;
import eu.remhub.portal.billing.internal.JdbcMemberships.Change;
import eu.remhub.portal.security.CurrentPerson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The figures of the staff billing dashboard: members per plan, monthly recurring revenue, who is
 * overdue, who renews soon, the last twelve months, and a CSV export. A membership counts while the
 * entitlement policy grants it (active, trialing, past due within grace). Staff only.
 */
@Service
public class BillingDashboard {

  /** Months end at midnight UTC, the same for every viewer. */
  static final ZoneOffset ZONE = ZoneOffset.UTC;

  /** One membership with its organisation's name and what it is worth now. */
  public record Row(
      Membership membership, String organisationName, Plan plan, boolean entitled, long mrrCents) {}

  /** Entitled members and their revenue on one plan. */
  public record PlanFigures(String planId, String planName, int members, long mrrCents) {}

  /**
   * Why an organisation is overdue: its membership's status, or a manual invoice past its due date.
   */
  public record Overdue(
      long organisationId,
      String organisationName,
      String reason,
      String invoiceNumber,
      Instant since,
      long amountCents) {}

  /** Members and revenue at the end of one month (for the running month: now). */
  public record MonthFigures(YearMonth month, int members, long mrrCents) {}

  private final JdbcMemberships memberships;
  private final Plans plans;
  private final JdbcBillingReports reports;
  private final CurrentPerson currentPerson;
  private final Clock clock;

  public BillingDashboard(
      JdbcMemberships memberships,
      Plans plans,
      JdbcBillingReports reports,
      CurrentPerson currentPerson,
      Clock clock) {
    this.memberships = memberships;
    this.plans = plans;
    this.reports = reports;
    this.currentPerson = currentPerson;
    this.clock = clock;
  }

  /** Every membership, by organisation name, with the policy's answer now. */
  public List<Row> rows() {
    requireStaff();
    Instant now = clock.instant();
    Map<Long, String> names = organisationNames();
    List<Row> rows = new ArrayList<>();
    for (Membership m : memberships.all()) {
      Plan plan = plans.find(m.planId()).orElse(null);
      boolean entitled = plan != null && m.entitledAt(plan, now);
      rows.add(
          new Row(
              m,
              names.getOrDefault(m.organisationId(), "#" + m.organisationId()),
              plan,
              entitled,
              entitled ? plan.mrrCents(m.interval()) : 0));
    }
    rows.sort(Comparator.comparing(Row::organisationName, String.CASE_INSENSITIVE_ORDER));
    return rows;
  }

  /** Entitled memberships now. */
  public int members() {
    return (int) rows().stream().filter(Row::entitled).count();
  }

  /** Monthly recurring revenue now, in cents: yearly prices count a twelfth. */
  public long mrrCents() {
    return rows().stream().mapToLong(Row::mrrCents).sum();
  }

  /** Members and revenue per configured plan, in the plans' order (plans without members too). */
  public List<PlanFigures> perPlan() {
    List<Row> rows = rows();
    List<PlanFigures> result = new ArrayList<>();
    for (Plan plan : plans.all()) {
      List<Row> on = rows.stream().filter(r -> r.entitled() && r.plan() == plan).toList();
      result.add(
          new PlanFigures(
              plan.id(), plan.name(), on.size(), on.stream().mapToLong(Row::mrrCents).sum()));
    }
    return result;
  }

  /**
   * Organisations that owe money, each once: an open manual invoice past its due date with its
   * total (VAT included), otherwise a membership past due or unpaid; the longest overdue first.
   */
  public List<Overdue> overdue() {
    List<Row> rows = rows();
    Instant now = clock.instant();
    Map<Long, String> names = organisationNames();
    Map<Long, Overdue> invoiced = new LinkedHashMap<>();
    reports.overdueInvoices(BillingProperties.MANUAL, Invoice.OPEN, now).stream()
        .map(
            i ->
                new Overdue(
                    i.organisationId(),
                    names.getOrDefault(i.organisationId(), "#" + i.organisationId()),
                    "invoice",
                    i.number(),
                    i.dueAt(),
                    i.totalCents()))
        .forEach(o -> invoiced.putIfAbsent(o.organisationId(), o));
    List<Overdue> result = new ArrayList<>(invoiced.values());
    for (Row r : rows) {
      MembershipStatus status = r.membership().status();
      if ((status == MembershipStatus.PAST_DUE || status == MembershipStatus.UNPAID)
          && !invoiced.containsKey(r.membership().organisationId())) {
        Instant since =
            r.membership().pastDueSince() != null
                ? r.membership().pastDueSince()
                : r.membership().stateAt();
        long amount =
            r.plan() == null ? 0 : r.plan().priceCents(r.membership().interval()).orElse(0L);
        result.add(
            new Overdue(
                r.membership().organisationId(),
                r.organisationName(),
                status.stripeName(),
                "",
                since,
                amount));
      }
    }
    result.sort(Comparator.comparing(Overdue::since).thenComparing(Overdue::organisationName));
    return result;
  }

  /**
   * Entitled memberships whose period ends within the next days and that are not cancelled, soonest
   * first.
   */
  public List<Row> renewals(Duration within) {
    Instant now = clock.instant();
    Instant until = now.plus(within);
    return rows().stream()
        .filter(Row::entitled)
        .filter(r -> !r.membership().cancelAtPeriodEnd())
        .filter(r -> r.membership().currentPeriodEnd() != null)
        .filter(
            r ->
                !r.membership().currentPeriodEnd().isBefore(now)
                    && !r.membership().currentPeriodEnd().isAfter(until))
        .sorted(Comparator.comparing(r -> r.membership().currentPeriodEnd()))
        .toList();
  }

  /** Members and revenue at the end of each of the last {@code months} months, the oldest first. */
  public List<MonthFigures> history(int months) {
    requireStaff();
    Instant now = clock.instant();
    return history(
        memberships.changesUntil(now.plusMillis(1)), YearMonth.from(now.atZone(ZONE)), months, now);
  }

  /**
   * The history from the membership changes: at each month's end, the newest change of every
   * organisation at or before it says whether it was entitled and what it was worth.
   *
   * @param changes ordered by time
   * @param current the running month, whose figures are those of {@code now}
   */
  static List<MonthFigures> history(
      List<Change> changes, YearMonth current, int months, Instant now) {
    List<MonthFigures> result = new ArrayList<>();
    Map<Long, Change> latest = new HashMap<>();
    int next = 0;
    for (int i = months - 1; i >= 0; i--) {
      YearMonth month = current.minusMonths(i);
      Instant end =
          i == 0 ? now : month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
      while (next < changes.size() && !changes.get(next).at().isAfter(end)) {
        Change c = changes.get(next++);
        latest.put(c.organisationId(), c);
      }
      int members = (int) latest.values().stream().filter(Change::entitled).count();
      long mrr =
          latest.values().stream().filter(Change::entitled).mapToLong(Change::mrrCents).sum();
      result.add(new MonthFigures(month, members, mrr));
    }
    return result;
  }

  /**
   * Every membership as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read the
   * accents). Values that a spreadsheet would take for a formula are prefixed with an apostrophe.
   */
  public byte[] csv() {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(
        out,
        List.of(
            "organisation",
            "plan",
            "interval",
            "provider",
            "status",
            "entitled",
            "period_end",
            "cancel_at_period_end",
            "mrr_eur"));
    DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZONE);
    for (Row r : rows()) {
      Membership m = r.membership();
      line(
          out,
          List.of(
              r.organisationName(),
              r.plan() == null ? m.planId() : r.plan().name(),
              m.interval().stripeName(),
              m.provider(),
              m.rawStatus(),
              String.valueOf(r.entitled()),
              m.currentPeriodEnd() == null ? "" : day.format(m.currentPeriodEnd()),
              String.valueOf(m.cancelAtPeriodEnd()),
              BigDecimal.valueOf(r.mrrCents(), 2).toPlainString()));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvValue(values.get(i)));
    }
    out.append("\r\n");
  }

  /** One CSV field: formula guard first, then quoting where the value needs it. */
  static String csvValue(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",")
        || v.contains("\"")
        || v.contains("\n")
        || v.contains("\r")
        || v.contains(";")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** Short names of all organisations by id. */
  public Map<Long, String> organisationNames() {
    requireStaff();
    return reports.organisationNames();
  }

  private void requireStaff() {
    if (!currentPerson.isStaff()) {
      throw new AccessDeniedException("the billing dashboard is for staff");
    }
  }
}
