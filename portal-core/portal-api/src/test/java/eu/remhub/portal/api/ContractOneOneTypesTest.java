package eu.remhub.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.api.extension.ProfileViewer;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.api.extension.ScheduledJob;
import eu.remhub.portal.api.service.Chart;
import eu.remhub.portal.api.service.Notification;
import eu.remhub.portal.api.service.Notifications;
import eu.remhub.portal.api.service.PersonRef;
import eu.remhub.portal.api.service.PrintDocument;
import eu.remhub.portal.api.service.SearchIndex;
import eu.remhub.portal.api.service.SimilarQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value types that contract 1.1 added: what they accept, what they refuse and why. */
class ContractOneOneTypesTest {

  @Test
  void aRoleIsNamedAfterItsPlugin() {
    RoleDefinition reviewer = new RoleDefinition("pilot-calls.reviewer", "t", null);
    assertThat(reviewer.pluginId()).isEqualTo("pilot-calls");
    assertThat(reviewer.descriptionKey()).isEmpty();
    for (String bad : List.of("reviewer", "Training.trainer", "training.", ".trainer", "a.b.c")) {
      assertThatThrownBy(() -> new RoleDefinition(bad, "t", ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("<plugin-id>.<word>");
    }
  }

  @Test
  void aJobRunsAtMostOnceAMinuteUnderALowerCaseName() {
    Runnable work = () -> {};
    assertThat(new ScheduledJob("expiry-reminders", Duration.ofHours(1), work).name())
        .isEqualTo("expiry-reminders");
    assertThatThrownBy(() -> new ScheduledJob("Expiry", Duration.ofHours(1), work))
        .hasMessageContaining("lower-case");
    assertThatThrownBy(() -> new ScheduledJob("often", Duration.ofSeconds(59), work))
        .hasMessageContaining("once a minute");
  }

  @Test
  void aNotificationLinksInsideThePortal() {
    Notification n =
        Notification.of("New match", "A recycler seeks swarf").linkTo("matchmaking/posts/4");
    assertThat(n.linkPath()).contains("matchmaking/posts/4");
    assertThat(n.mail()).isFalse();
    assertThat(n.withMail().mail()).isTrue();
    assertThat(Notification.of("t", null).linkPath()).isEmpty();
    assertThatThrownBy(() -> n.linkTo("/matchmaking")).hasMessageContaining("leading slash");
    assertThatThrownBy(() -> n.linkTo("https://evil.example")).hasMessageContaining("portal path");
  }

  @Test
  void aOneZeroNotificationsMailsWhatAskedForMailAndDropsTheRest() {
    List<String> mailed = new ArrayList<>();
    Notifications oneZero =
        new Notifications() {
          @Override
          public void mail(String to, String subject, String body) {}

          @Override
          public void notifyPerson(long personId, String subject, String body) {
            mailed.add(personId + ":" + subject);
          }
        };
    oneZero.notify(PersonId.of(7), Notification.of("quiet", "x"));
    oneZero.notify(PersonId.of(7), Notification.of("loud", "x").withMail());
    assertThat(mailed).containsExactly("7:loud");
  }

  @Test
  void aOneZeroSearchIndexSaysItCannotFindSimilarText() {
    SearchIndex oneZero =
        new SearchIndex() {
          @Override
          public void publish(eu.remhub.portal.api.service.SearchDocument document) {}

          @Override
          public void remove(String type, String id) {}
        };
    assertThatThrownBy(() -> oneZero.similar(SimilarQuery.of("swarf", "post", 5)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("1.0 SearchIndex");
  }

  @Test
  void aSimilarQueryKeepsItsLimitsSane() {
    SimilarQuery q = SimilarQuery.of("recovered NdFeB", "post", 10).excluding("4");
    assertThat(q.types()).containsExactly("post");
    assertThat(q.exclude()).containsExactly("4");
    assertThatThrownBy(() -> SimilarQuery.of("x", "post", 0)).hasMessageContaining("between 1");
    assertThatThrownBy(() -> new SimilarQuery("x", null, null, 1001))
        .hasMessageContaining("between 1");
  }

  @Test
  void aChartHasOneValuePerCategoryInEverySeries() {
    Chart chart =
        Chart.builder("Reported against target")
            .categories(List.of("Q1", "Q2"))
            .bars("Reported", Arrays.asList(12.0, null))
            .line("Target", List.of(30.0, 30.0))
            .valueAxis("t")
            .build();
    assertThat(chart.series())
        .extracting(Chart.Series::style)
        .containsExactly(Chart.Style.BARS, Chart.Style.LINE);
    assertThat(chart.series().get(0).values()).containsExactly(12.0, null);
    assertThatThrownBy(
            () -> Chart.builder("x").categories(List.of("a", "b")).bars("s", List.of(1.0)).build())
        .hasMessageContaining("1 values for 2 categories");
    assertThatThrownBy(() -> Chart.builder("x").build())
        .hasMessageContaining("at least one series");
  }

  @Test
  void aPrintDocumentKeepsItsBlocksInOrderAndItsTablesRectangular() {
    byte[] png = {1, 2, 3};
    PrintDocument doc =
        PrintDocument.builder("Certificate")
            .subtitle("Safe handling of NdFeB magnets")
            .paragraph("Awarded to")
            .fields(Map.of("Code", "ABC"))
            .table(List.of("Rank", "Score"), List.of(List.of("1", "4.2")))
            .qrCode("https://portal.example/certificates/verify/ABC", "Scan to verify")
            .image(png, "chart")
            .footer("REMHub")
            .landscape()
            .build();
    assertThat(doc.blocks())
        .extracting(b -> b.getClass().getSimpleName())
        .containsExactly("Paragraph", "Fields", "Table", "QrCode", "Image");
    assertThat(doc.landscape()).isTrue();
    png[0] = 9;
    assertThat(((PrintDocument.Image) doc.blocks().get(4)).png()[0]).isEqualTo((byte) 1);
    assertThatThrownBy(() -> new PrintDocument.Table(List.of("a", "b"), List.of(List.of("1"))))
        .hasMessageContaining("1 cells for 2 headings");
  }

  @Test
  void peopleAndViewersReadPlainly() {
    PersonRef admin =
        new PersonRef(
            PersonId.of(3),
            "Giulia Romano",
            "giulia@example.it",
            OrganisationId.of(2),
            null,
            Set.of(Roles.ORG_ADMIN));
    assertThat(admin.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(admin.hasRole(Roles.ORG_ADMIN)).isTrue();
    assertThat(ProfileViewer.VISITOR.inside()).isFalse();
    assertThat(ProfileViewer.MEMBER.inside()).isFalse();
    assertThat(ProfileViewer.COLLEAGUE.inside()).isTrue();
    assertThat(ProfileViewer.STAFF.inside()).isTrue();
  }
}
