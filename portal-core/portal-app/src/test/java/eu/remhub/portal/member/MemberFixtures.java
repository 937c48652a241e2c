package eu.remhub.portal.member;

import eu.remhub.portal.TestSupport;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Organisations with an admin and a member each, made fresh for one test in the shared database,
 * and signing in as any person. Names carry a sequence number so that tests never meet.
 */
final class MemberFixtures {

  static final String PASSWORD = "correct horse battery staple";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static String hash;

  /** An organisation and its two people. */
  record Org(
      long id,
      String shortName,
      long adminId,
      String adminEmail,
      long memberId,
      String memberEmail) {}

  private final MemberRepository members;
  private final JdbcOrganisations organisations;
  private final PasswordEncoder encoder;

  MemberFixtures(
      MemberRepository members, JdbcOrganisations organisations, PasswordEncoder encoder) {
    this.members = members;
    this.organisations = organisations;
    this.encoder = encoder;
  }

  static String unique(String prefix) {
    return prefix
        + "-"
        + SEQUENCE.incrementAndGet()
        + "-"
        + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }

  /**
   * An organisation whose VAT ID is for members, capabilities private and the rest public, with an
   * admin and a member.
   */
  Org organisation(String status) {
    String name = unique("Fixture");
    Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(ProfileField.class);
    visibility.put(ProfileField.VAT_ID, FieldVisibility.MEMBERS);
    visibility.put(ProfileField.CAPABILITIES, FieldVisibility.PRIVATE);
    long id =
        organisations.insert(
            new ProfileChanges(
                name + " GmbH",
                name,
                "DE",
                "Bremen",
                "DE123456789",
                "https://fixture.example",
                EnumSet.of(ValueChainSegment.RECYCLING),
                EnumSet.of(Material.NDFEB, Material.DY),
                "secret furnace capacity " + name,
                "Recycles magnets",
                visibility),
            status,
            Instant.now());
    boolean approved = OrganisationProfile.APPROVED.equals(status);
    String slug = name.toLowerCase(Locale.ROOT);
    long admin = person("admin-" + slug + "@fixture.example", id, approved, true);
    long member = person("member-" + slug + "@fixture.example", id, approved, false);
    return new Org(
        id,
        name,
        admin,
        "admin-" + slug + "@fixture.example",
        member,
        "member-" + slug + "@fixture.example");
  }

  long person(String email, long organisationId, boolean member, boolean admin) {
    Set<String> roles = new LinkedHashSet<>();
    if (member) {
      roles.add(Roles.MEMBER);
    }
    if (admin) {
      roles.add(Roles.ORG_ADMIN);
    }
    return members.insertPerson(
        email,
        hash(),
        email.substring(0, email.indexOf('@')),
        organisationId,
        roles,
        "en",
        Instant.now());
  }

  private synchronized String hash() {
    if (hash == null) {
      hash = encoder.encode(PASSWORD);
    }
    return hash;
  }

  /** Puts a person, as the database has them now, into this thread's security context. */
  CurrentUser signIn(long personId) {
    return TestSupport.signIn(members.findPerson(personId).orElseThrow());
  }

  static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
