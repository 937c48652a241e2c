package eu.remhub.portal.billing.manual;

import eu.remhub.portal.TestSupport;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.event.DomainEvent;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import eu.remhub.portal.member.ValueChainSegment;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/** Fresh organisations with an admin and a member for billing tests, and the domain events seen. */
final class BillingFixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** An organisation and its people. */
  record Org(long id, String legalName, long adminId, String adminEmail, long memberId) {}

  private final MemberRepository members;

  BillingFixtures(MemberRepository members) {
    this.members = members;
  }

  Org organisation(String country) {
    String name =
        "Billing-"
            + SEQUENCE.incrementAndGet()
            + "-"
            + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    long id =
        members.insertOrganisation(
            new Organisation(
                0,
                name + " S.A.",
                name,
                country,
                "Liège",
                ValueChainSegment.RECYCLING,
                "",
                "",
                "APPROVED"),
            Instant.now());
    String slug = name.toLowerCase(Locale.ROOT);
    long admin =
        members.insertPerson(
            "admin-" + slug + "@billing.example",
            "{noop}unused",
            "Admin " + name,
            id,
            Set.of(Roles.MEMBER, Roles.ORG_ADMIN),
            "en",
            Instant.now());
    long member =
        members.insertPerson(
            "member-" + slug + "@billing.example",
            "{noop}unused",
            "Member " + name,
            id,
            Set.of(Roles.MEMBER),
            "en",
            Instant.now());
    return new Org(id, name + " S.A.", admin, "admin-" + slug + "@billing.example", member);
  }

  static BillingDetails details(String country, String vatId) {
    return new BillingDetails(
        "accounts@billing.example",
        "Quai des Usines 12\nBuilding C",
        "4020",
        "Liège",
        country,
        vatId);
  }

  CurrentUser signIn(long personId) {
    return TestSupport.signIn(members.findPerson(personId).orElseThrow());
  }

  /** Collects the domain events published while it is registered. */
  static final class Events implements ApplicationListener<ApplicationEvent> {
    private final List<DomainEvent> seen = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof PayloadApplicationEvent<?> payload
          && payload.getPayload() instanceof DomainEvent domain) {
        seen.add(domain);
      }
    }

    <T extends DomainEvent> List<T> of(Class<T> type) {
      return seen.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }
}
