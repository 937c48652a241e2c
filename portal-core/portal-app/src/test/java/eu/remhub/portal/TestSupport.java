package eu.remhub.portal;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.member.ValueChainSegment;
import eu.remhub.portal.security.PortalUserDetails;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test accounts and a clean start: the data folder of the previous run is removed, and on MySQL the
 * schema is cleaned before migrating, so every run starts from the same empty database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

  /** Password of every test account. */
  public static final String PASSWORD = "correct horse battery staple";

  /** The people tests act as. */
  public enum Persona {
    ANONYMOUS,
    MEMBER,
    ORG_ADMIN,
    STAFF
  }

  @Bean
  FlywayMigrationStrategy cleanThenMigrate(Environment env) {
    return flyway -> {
      wipe(Path.of(env.getProperty("portal.data-dir", "./target/it-data")));
      flyway.clean();
      flyway.migrate();
    };
  }

  @Bean
  Accounts accounts(MemberRepository members, PasswordEncoder encoder) {
    return new Accounts(members, encoder);
  }

  /** Creates the test accounts on first use and signs them in for the current thread. */
  public static class Accounts {
    private final MemberRepository members;
    private final PasswordEncoder encoder;
    private String hash;

    Accounts(MemberRepository members, PasswordEncoder encoder) {
      this.members = members;
      this.encoder = encoder;
    }

    public synchronized CurrentUser user(Persona persona) {
      String email = persona.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@it.example";
      var existing = members.findPersonByEmail(email);
      long id;
      long orgId;
      Set<String> roles =
          switch (persona) {
            case MEMBER -> Set.of(Roles.MEMBER);
            case ORG_ADMIN -> Set.of(Roles.MEMBER, Roles.ORG_ADMIN);
            case STAFF -> Set.of(Roles.STAFF);
            case ANONYMOUS -> throw new IllegalArgumentException("visitors have no account");
          };
      if (existing.isPresent()) {
        id = existing.get().id();
        orgId = existing.get().organisationId();
      } else {
        orgId = persona == Persona.STAFF ? 0 : organisation("Test Magnetics", "DE");
        if (hash == null) {
          hash = encoder.encode(PASSWORD);
        }
        id = members.insertPerson(email, hash, persona.name(), orgId, roles, "en", Instant.now());
      }
      return new CurrentUser(id, email, persona.name(), orgId, roles, Locale.ENGLISH);
    }

    public long organisation(String name, String country) {
      return members.approvedOrganisations().stream()
          .filter(o -> o.shortName().equals(name))
          .findFirst()
          .map(Organisation::id)
          .orElseGet(
              () ->
                  members.insertOrganisation(
                      new Organisation(
                          0,
                          name + " GmbH",
                          name,
                          country,
                          "Aachen",
                          ValueChainSegment.MAGNET_MAKING,
                          "",
                          "",
                          "APPROVED"),
                      Instant.now()));
    }

    /** Puts the persona into the security context of this thread (null for visitors). */
    public CurrentUser signIn(Persona persona) {
      if (persona == Persona.ANONYMOUS) {
        SecurityContextHolder.clearContext();
        return null;
      }
      return TestSupport.signIn(user(persona));
    }
  }

  /** Puts a person, as the database has them now, into this thread's security context. */
  public static CurrentUser signIn(Person p) {
    return signIn(
        new CurrentUser(
            p.id(), p.email(), p.displayName(), p.organisationId(), p.roles(), Locale.ENGLISH));
  }

  /** Puts a user into this thread's security context, as a sign-in would. */
  public static CurrentUser signIn(CurrentUser user) {
    var details = new PortalUserDetails(user, "", true);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                details, null, details.getAuthorities()));
    return user;
  }

  static void wipe(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .filter(p -> !p.toString().contains("/db/"))
          .forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
