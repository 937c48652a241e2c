package eu.remhub.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.remhub.portal.billing.BillingDashboard.MonthFigures;
import eu.remhub.portal.billing.internal.JdbcMemberships.Change;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's arithmetic without a database: month-end history and CSV fields. */
class BillingDashboardTest {

  private static Change change(long org, String at, boolean entitled, long mrr) {
    return new Change(
        org, Instant.parse(at), "sme", entitled ? "active" : "canceled", entitled, mrr, "test");
  }

  @Test
  void history_takesTheNewestChangeOfEachOrganisationAtEachMonthEnd() {
    List<Change> changes =
        List.of(
            change(1, "2026-01-10T08:00:00Z", true, 12_500),
            change(2, "2026-01-31T23:59:59.999Z", true, 4_500),
            change(2, "2026-02-01T00:00:00Z", false, 0),
            change(1, "2026-03-05T00:00:00Z", true, 50_000),
            change(3, "2026-04-02T00:00:00Z", true, 15_000),
            change(3, "2026-04-20T00:00:00Z", false, 0));

    List<MonthFigures> months =
        BillingDashboard.history(
            changes, YearMonth.of(2026, 4), 5, Instant.parse("2026-04-10T00:00:00Z"));

    assertThat(months)
        .extracting(MonthFigures::month)
        .containsExactly(
            YearMonth.of(2025, 12),
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 2),
            YearMonth.of(2026, 3),
            YearMonth.of(2026, 4));
    assertThat(months).extracting(MonthFigures::members).containsExactly(0, 2, 1, 1, 2);
    assertThat(months)
        .extracting(MonthFigures::mrrCents)
        .containsExactly(0L, 17_000L, 12_500L, 50_000L, 65_000L);
  }

  @Test
  void csvValues_areQuotedWhereNeeded_andFormulasDefused() {
    assertThat(BillingDashboard.csvValue("ElbeCycle")).isEqualTo("ElbeCycle");
    assertThat(BillingDashboard.csvValue("Rhône, Recovery")).isEqualTo("\"Rhône, Recovery\"");
    assertThat(BillingDashboard.csvValue("The \"Best\" GmbH"))
        .isEqualTo("\"The \"\"Best\"\" GmbH\"");
    assertThat(BillingDashboard.csvValue("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(BillingDashboard.csvValue("=1+1")).isEqualTo("'=1+1");
    assertThat(BillingDashboard.csvValue("+31 20")).isEqualTo("'+31 20");
    assertThat(BillingDashboard.csvValue("-5")).isEqualTo("'-5");
    assertThat(BillingDashboard.csvValue("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(BillingDashboard.csvValue("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(BillingDashboard.csvValue(null)).isEmpty();
  }
}
