package eu.remhub.portal.billing.stripe;

import eu.remhub.portal.TestSupport;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.api.event.MembershipActivated;
import eu.remhub.portal.api.event.MembershipChanged;
import eu.remhub.portal.api.event.MembershipLapsed;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import eu.remhub.portal.member.ValueChainSegment;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Organisations with an admin for Stripe tests, and the membership events the portal published. */
@TestConfiguration(proxyBeanMethods = false)
public class StripeTestSupport {

  @Bean
  Published published() {
    return new Published();
  }

  @Bean
  Orgs orgs(MemberRepository members) {
    return new Orgs(members);
  }

  /** The membership events published, as a plugin would observe them. */
  public static class Published {
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void activated(MembershipActivated event) {
      events.add(event);
    }

    @EventListener
    void lapsed(MembershipLapsed event) {
      events.add(event);
    }

    @EventListener
    void changed(MembershipChanged event) {
      events.add(event);
    }

    public <T extends DomainEvent> List<T> of(Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  /** A fresh organisation with an admin, per test, so that tests never meet. */
  public static class Orgs {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final MemberRepository members;

    Orgs(MemberRepository members) {
      this.members = members;
    }

    public Org create() {
      String name =
          "Stripe Org "
              + SEQUENCE.incrementAndGet()
              + "-"
              + Long.toString(System.nanoTime() % 1_000_000L, 36);
      long id =
          members.insertOrganisation(
              new Organisation(
                  0,
                  name + " GmbH",
                  name,
                  "DE",
                  "Bremen",
                  ValueChainSegment.RECYCLING,
                  "",
                  "",
                  "APPROVED"),
              Instant.now());
      String email = "admin-" + name.toLowerCase(Locale.ROOT).replace(' ', '-') + "@stripe.example";
      Set<String> roles = new LinkedHashSet<>(List.of(Roles.MEMBER, Roles.ORG_ADMIN));
      long admin =
          members.insertPerson(
              email, "{noop}unused", "Admin " + name, id, roles, "en", Instant.now());
      return new Org(id, name, admin, email);
    }
  }

  /** An organisation and its admin. */
  public record Org(long id, String name, long adminId, String adminEmail) {
    /** Signs the admin in on this thread. */
    public CurrentUser signIn() {
      return TestSupport.signIn(
          new CurrentUser(
              adminId,
              adminEmail,
              "Admin " + name,
              id,
              Set.of(Roles.MEMBER, Roles.ORG_ADMIN),
              Locale.ENGLISH));
    }
  }
}
