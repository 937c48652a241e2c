package eu.remhub.portal.billing.internal.stripe;

import static eu.remhub.portal.billing.internal.stripe.StripeCallFailed.call;

import com.stripe.StripeClient;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.billing.BillingEventLog.Outcome;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.MembershipUpdate;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each Stripe event type does, inside the transaction that records the event. Every change for
 * an organisation starts by locking that organisation's row, so that events about one organisation
 * are handled one after the other however they arrive.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeEventHandlers {

  /** What became of one event. */
  record Handled(Outcome outcome, Long organisationId, String objectId, String detail) {
    static Handled ignored(Long organisationId, String objectId, String detail) {
      return new Handled(Outcome.IGNORED, organisationId, objectId, detail);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * How far before the stored state an event may be and still be checked against Stripe rather than
   * dropped: the stored state may be a fetch, timed by our clock, which may run ahead of Stripe's.
   */
  static final Duration IN_DOUBT = Duration.ofSeconds(2);

  private final StripeClient stripe;
  private final StripeSubscriptions subscriptions;
  private final StripeInvoiceMirror invoices;
  private final MembershipService memberships;
  private final JdbcBillingAccounts accounts;
  private final JdbcStripeEvents events;
  private final StripeNotices notices;
  private final AuditService audit;

  StripeEventHandlers(
      StripeClient stripe,
      StripeSubscriptions subscriptions,
      StripeInvoiceMirror invoices,
      MembershipService memberships,
      JdbcBillingAccounts accounts,
      JdbcStripeEvents events,
      StripeNotices notices,
      AuditService audit) {
    this.stripe = stripe;
    this.subscriptions = subscriptions;
    this.invoices = invoices;
    this.memberships = memberships;
    this.accounts = accounts;
    this.events = events;
    this.notices = notices;
    this.audit = audit;
  }

  Handled handle(Event event) {
    String type = event.getType();
    return switch (type) {
      case "checkout.session.completed",
          "checkout.session.async_payment_succeeded",
          "checkout.session.async_payment_failed" ->
          checkout(event);
      case "customer.subscription.created",
          "customer.subscription.updated",
          "customer.subscription.deleted" ->
          subscription(event);
      case "invoice.finalized", "invoice.paid", "invoice.payment_failed" -> invoice(event);
      default ->
          new Handled(Outcome.UNHANDLED, null, objectId(event), "not a type the portal handles");
    };
  }

  private Handled checkout(Event event) {
    Session session =
        object(event, Session.class)
            .orElseGet(
                () ->
                    call(
                        "reading checkout session",
                        () -> stripe.v1().checkout().sessions().retrieve(objectId(event))));
    Optional<Long> organisation =
        StripeSubscriptions.parse(session.getClientReferenceId())
            .or(() -> StripeSubscriptions.organisationIn(session.getMetadata()));
    if (organisation.isEmpty() || !events.lockOrganisation(organisation.get())) {
      return Handled.ignored(
          null, session.getId(), "no organisation of this portal on the session");
    }
    long org = organisation.get();
    StringBuilder detail = new StringBuilder();
    if (session.getCustomer() != null) {
      Optional<Long> owner = accounts.organisationOfCustomer(session.getCustomer());
      if (owner.isPresent() && owner.get() != org) {
        return Handled.ignored(
            org,
            session.getId(),
            "customer " + session.getCustomer() + " belongs to organisation " + owner.get());
      }
      Optional<String> linked =
          accounts.find(org).map(JdbcBillingAccounts.BillingAccount::stripeCustomerId);
      if (owner.isEmpty() && linked.isPresent()) {
        // Two Checkouts completed for one organisation (started in parallel): the first customer
        // stays linked; staff settle the second one at Stripe.
        audit.record(
            "billing.second-customer",
            "organisation:" + org,
            "customer "
                + session.getCustomer()
                + " from Checkout "
                + session.getId()
                + " is not linked: the organisation has "
                + linked.get());
        detail
            .append("second customer ")
            .append(session.getCustomer())
            .append(" not linked, staff told; ");
      } else if (owner.isEmpty()) {
        accounts.saveCustomer(org, session.getCustomer(), subscriptions.now());
        detail.append("customer ").append(session.getCustomer()).append(" linked; ");
      }
    }
    if (session.getSubscription() != null) {
      Instant fetchedAt = subscriptions.fetchStamp();
      Subscription current = subscriptions.fetch(session.getSubscription());
      detail.append(applyFetched(org, current, fetchedAt, event.getType()));
    }
    if ("checkout.session.async_payment_failed".equals(event.getType())) {
      notices.checkoutPaymentFailed(org, session.getId());
      detail.append("; admins told");
    }
    return new Handled(Outcome.PROCESSED, org, session.getId(), detail.toString());
  }

  private Handled subscription(Event event) {
    Optional<Subscription> snapshot = object(event, Subscription.class);
    boolean stale = snapshot.isEmpty();
    Instant fetchedAt = subscriptions.fetchStamp();
    Subscription subscription = snapshot.orElseGet(() -> subscriptions.fetch(objectId(event)));
    Optional<Long> organisation = subscriptions.organisationOf(subscription);
    if (organisation.isEmpty() || !events.lockOrganisation(organisation.get())) {
      return Handled.ignored(
          null, subscription.getId(), "subscription belongs to no organisation of this portal");
    }
    long org = organisation.get();
    Instant created = Instant.ofEpochSecond(event.getCreated());
    Optional<Membership> stored = memberships.find(org);
    if (stale) {
      return processed(
          org,
          subscription.getId(),
          "event of API version "
              + event.getApiVersion()
              + ", fetched: "
              + applyFetched(org, subscription, fetchedAt, event.getType()));
    }
    if (stored.isPresent()) {
      Membership m = stored.get();
      if (created.isBefore(m.stateAt().minus(IN_DOUBT))) {
        return Handled.ignored(org, subscription.getId(), "older than the stored state");
      }
      if (superseded(m, subscription)) {
        return Handled.ignored(
            org, subscription.getId(), "superseded by subscription " + m.stripeSubscriptionId());
      }
      if (!created.isAfter(m.stateAt())) {
        // Stripe's and our clocks differ, and a fetched state's time is ours: too close to tell.
        Instant refetchedAt = subscriptions.fetchStamp();
        return processed(
            org,
            subscription.getId(),
            "not newer than the stored state, fetched: "
                + applyFetched(
                    org, subscriptions.fetch(subscription.getId()), refetchedAt, event.getType()));
      }
    }
    StringBuilder notes = new StringBuilder();
    MembershipUpdate update =
        subscriptions.toUpdate(org, subscription, created, event.getType(), notes);
    return processed(
        org, subscription.getId(), notes + describe(memberships.apply(update), update));
  }

  private Handled invoice(Event event) {
    Invoice invoice =
        object(event, Invoice.class)
            .orElseGet(
                () ->
                    call(
                        "reading invoice", () -> stripe.v1().invoices().retrieve(objectId(event))));
    String subscriptionId =
        invoice.getParent() == null || invoice.getParent().getSubscriptionDetails() == null
            ? null
            : invoice.getParent().getSubscriptionDetails().getSubscription();
    Subscription fetched = null;
    Instant fetchedAt = subscriptions.fetchStamp();
    Optional<Long> organisation =
        invoice.getParent() == null || invoice.getParent().getSubscriptionDetails() == null
            ? Optional.empty()
            : StripeSubscriptions.organisationIn(
                invoice.getParent().getSubscriptionDetails().getMetadata());
    if (organisation.isEmpty() && subscriptionId != null) {
      organisation = memberships.findBySubscription(subscriptionId).map(Membership::organisationId);
    }
    if (organisation.isEmpty() && invoice.getCustomer() != null) {
      organisation = accounts.organisationOfCustomer(invoice.getCustomer());
    }
    if (organisation.isEmpty() && subscriptionId != null) {
      fetched = subscriptions.fetch(subscriptionId);
      organisation = subscriptions.organisationOf(fetched);
    }
    if (organisation.isEmpty() || !events.lockOrganisation(organisation.get())) {
      return Handled.ignored(
          null, invoice.getId(), "invoice belongs to no organisation of this portal");
    }
    long org = organisation.get();
    boolean stored = invoices.mirror(org, invoice, Instant.ofEpochSecond(event.getCreated()));
    StringBuilder detail =
        new StringBuilder(stored ? "invoice stored" : "invoice older than the stored one");
    if (!"invoice.finalized".equals(event.getType()) && subscriptionId != null) {
      Instant currentAt = fetched != null ? fetchedAt : subscriptions.fetchStamp();
      Subscription current = fetched != null ? fetched : subscriptions.fetch(subscriptionId);
      detail.append("; ").append(applyFetched(org, current, currentAt, event.getType()));
    }
    if ("invoice.payment_failed".equals(event.getType())) {
      long attempt = invoice.getAttemptCount() == null ? 0 : invoice.getAttemptCount();
      if (notices.paymentFailed(org, invoice, attempt)) {
        detail.append("; admins told of attempt ").append(attempt);
      }
    }
    return processed(org, invoice.getId(), detail.toString());
  }

  /**
   * Applies the subscription as just read from Stripe, as of {@code fetchedAt} (taken before the
   * call): stale, and left alone, when a newer state was stored meanwhile.
   */
  private String applyFetched(
      long org, Subscription subscription, Instant fetchedAt, String cause) {
    Optional<Membership> stored = memberships.find(org);
    if (stored.isPresent() && superseded(stored.get(), subscription)) {
      return "subscription "
          + subscription.getId()
          + " superseded by "
          + stored.get().stripeSubscriptionId();
    }
    StringBuilder notes = new StringBuilder();
    MembershipUpdate update = subscriptions.toUpdate(org, subscription, fetchedAt, cause, notes);
    return notes + describe(memberships.apply(update), update);
  }

  /**
   * Whether the stored membership is a newer, still running subscription than this ended one: an
   * old subscription's cancellation must not end the membership that replaced it.
   */
  private static boolean superseded(Membership stored, Subscription subscription) {
    return stored.stripeSubscriptionId() != null
        && !Objects.equals(stored.stripeSubscriptionId(), subscription.getId())
        && !stored.status().isFinal()
        && MembershipStatus.of(subscription.getStatus()).isFinal();
  }

  private static String describe(MembershipService.Outcome outcome, MembershipUpdate update) {
    return switch (outcome) {
      case APPLIED -> "membership " + update.rawStatus() + " on " + update.planId();
      case UNCHANGED -> "membership unchanged";
      case STALE -> "membership has a newer state";
    };
  }

  private static Handled processed(long org, String objectId, String detail) {
    return new Handled(Outcome.PROCESSED, org, objectId, detail);
  }

  /**
   * The event's object, when stripe-java can read it for its API version; empty otherwise, and the
   * caller reads the object from Stripe instead.
   */
  private static <T extends StripeObject> Optional<T> object(Event event, Class<T> type) {
    Optional<StripeObject> object;
    if (event.getApiVersion() == null) {
      // Stripe's specification allows a null version; stripe-java then throws inside getObject.
      object = Optional.empty();
    } else {
      try {
        object = event.getDataObjectDeserializer().getObject();
      } catch (RuntimeException e) {
        object = Optional.empty();
      }
    }
    if (object.isEmpty()) {
      if (objectId(event) == null) {
        throw new EventCannotSucceed(
            "its object cannot be read (API version "
                + event.getApiVersion()
                + ") and carries no id to read it from Stripe with");
      }
      return Optional.empty();
    }
    if (!type.isInstance(object.get())) {
      throw new IllegalArgumentException(
          event.getType() + " carries a " + object.get().getClass().getSimpleName());
    }
    return Optional.of(type.cast(object.get()));
  }

  /** The id of the event's object, read from the raw JSON (works for any API version). */
  static String objectId(Event event) {
    try {
      JsonNode id = JSON.readTree(event.getDataObjectDeserializer().getRawJson()).get("id");
      return id == null || !id.isString() || id.asString().isBlank() ? null : id.asString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The event can never be handled, however often it is tried; the message says why, in words. */
  static class EventCannotSucceed extends RuntimeException {
    EventCannotSucceed(String reason) {
      super(reason);
    }
  }
}
