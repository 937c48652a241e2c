package eu.remhub.portal.member;

import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.search.SearchOutbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a believable hub on first start (the embedded default): member
 * organisations across the value chain, their people, a staff account and some entitlements, from
 * the CSV files under {@code seed/}. Demo passwords come from configuration.
 */
@Component
class SeedData {

  /** Settings under {@code portal.seed}. */
  @ConfigurationProperties("portal.seed")
  record Settings(Boolean enabled, String staffPassword, String memberPassword) {
    Settings {
      enabled = enabled != null && enabled;
      staffPassword = staffPassword == null ? "remhub-staff" : staffPassword;
      memberPassword = memberPassword == null ? "remhub-member" : memberPassword;
    }
  }

  private static final Logger log = LoggerFactory.getLogger(SeedData.class);

  private final Settings settings;
  private final MemberRepository members;
  private final JdbcOrganisations organisations;
  private final SearchOutbox search;
  private final PasswordEncoder encoder;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SeedData(
      Settings settings,
      MemberRepository members,
      JdbcOrganisations organisations,
      SearchOutbox search,
      PasswordEncoder encoder,
      TransactionTemplate transactions,
      Clock clock) {
    this.settings = settings;
    this.members = members;
    this.organisations = organisations;
    this.search = search;
    this.encoder = encoder;
    this.transactions = transactions;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(0)
  void seedIfEmpty() {
    if (!settings.enabled() || members.countPeople() > 0) {
      return;
    }
    transactions.executeWithoutResult(status -> seed());
  }

  private void seed() {
    var now = clock.instant();
    Map<String, Long> orgIds = new HashMap<>();
    for (Map<String, String> row : csv("seed/organisations.csv")) {
      long id = organisations.insert(profile(row), OrganisationProfile.APPROVED, now);
      orgIds.put(row.get("short_name"), id);
      search.publish(OrganisationDocuments.document(organisations.find(id).orElseThrow()));
    }
    // One hash per password: bcrypt is slow by design, and these are demo accounts.
    String staffHash = encoder.encode(settings.staffPassword());
    String memberHash = encoder.encode(settings.memberPassword());
    int people = 0;
    for (Map<String, String> row : csv("seed/people.csv")) {
      var roles = new LinkedHashSet<>(Arrays.asList(row.get("roles").split(";")));
      long orgId = orgIds.getOrDefault(row.get("organisation_short_name"), 0L);
      members.insertPerson(
          row.get("email"),
          roles.contains("STAFF") ? staffHash : memberHash,
          row.get("display_name"),
          orgId,
          roles,
          row.getOrDefault("locale", "en"),
          now);
      people++;
    }
    for (Map<String, String> row : csv("seed/entitlements.csv")) {
      Long orgId = orgIds.get(row.get("organisation_short_name"));
      if (orgId != null) {
        members.grantEntitlement(orgId, row.get("entitlement"));
      }
    }
    log.info("seeded {} organisations and {} people", orgIds.size(), people);
  }

  /** One organisation of the seed file; lists are separated by semicolons. */
  static ProfileChanges profile(Map<String, String> row) {
    Set<ValueChainSegment> segments = EnumSet.of(ValueChainSegment.valueOf(row.get("segment")));
    list(row.get("segments")).forEach(s -> segments.add(ValueChainSegment.valueOf(s)));
    Set<Material> materials = EnumSet.noneOf(Material.class);
    list(row.get("materials"))
        .forEach(
            m ->
                materials.add(
                    Material.parse(m)
                        .orElseThrow(() -> new IllegalArgumentException("unknown material " + m))));
    return new ProfileChanges(
        row.get("legal_name"),
        row.get("short_name"),
        row.get("country"),
        row.get("city"),
        row.getOrDefault("vat_id", ""),
        row.get("website"),
        segments,
        materials,
        row.getOrDefault("capabilities", ""),
        row.get("description"),
        Map.of());
  }

  private static List<String> list(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  /** Reads a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
  static List<Map<String, String>> csv(String resource) {
    try (InputStream in = SeedData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return List.of();
      }
      List<List<String>> records =
          parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      List<Map<String, String>> rows = new ArrayList<>();
      List<String> header = records.get(0);
      for (List<String> record : records.subList(1, records.size())) {
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i).trim(), i < record.size() ? record.get(i).trim() : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> parse(BufferedReader reader) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int c;
    while ((c = reader.read()) != -1) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          reader.mark(1);
          int next = reader.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next != -1) {
              reader.reset();
            }
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else if (ch != '\r') {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
