package eu.remhub.portal.billing.internal.stripe;

import static eu.remhub.portal.billing.internal.stripe.IdempotencyKeys.digest;
import static eu.remhub.portal.billing.internal.stripe.IdempotencyKeys.options;
import static eu.remhub.portal.billing.internal.stripe.StripeCallFailed.call;

import com.stripe.StripeClient;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.PublicUrl;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.MembershipService;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.billing.internal.JdbcBillingAccounts;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions that take a member to Stripe's pages: Checkout in subscription mode to start a
 * membership, the way back from it, and the Customer Portal. The organisation's customer is always
 * looked up here from the organisation, never taken from a request.
 */
@Component
@ConditionalOnProperty(prefix = "portal.billing", name = "provider", havingValue = "stripe")
class StripeCheckout {

  /** Statuses of a subscription that still bills or will bill again. */
  private static final Set<MembershipStatus> RUNNING =
      EnumSet.of(
          MembershipStatus.ACTIVE,
          MembershipStatus.TRIALING,
          MembershipStatus.PAST_DUE,
          MembershipStatus.UNPAID,
          MembershipStatus.PAUSED);

  private final StripeClient stripe;
  private final StripeSubscriptions subscriptions;
  private final MembershipService memberships;
  private final JdbcBillingAccounts accounts;
  private final JdbcStripeEvents events;
  private final BillingProperties properties;
  private final PublicUrl publicUrl;
  private final AuditService audit;
  private final TransactionTemplate tx;

  StripeCheckout(
      StripeClient stripe,
      StripeSubscriptions subscriptions,
      MembershipService memberships,
      JdbcBillingAccounts accounts,
      JdbcStripeEvents events,
      BillingProperties properties,
      PublicUrl publicUrl,
      AuditService audit,
      PlatformTransactionManager transactions) {
    this.stripe = stripe;
    this.subscriptions = subscriptions;
    this.memberships = memberships;
    this.accounts = accounts;
    this.events = events;
    this.properties = properties;
    this.publicUrl = publicUrl;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  SubscribeResult subscribe(
      long organisationId, Plan plan, BillingInterval interval, BillingDetails details) {
    String price =
        plan.stripePrice(interval)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "plan "
                            + plan.id()
                            + " has no Stripe price for "
                            + interval.stripeName()
                            + "ly billing"));
    Optional<String> customer = customerOf(organisationId);
    customer.ifPresent(c -> refuseWhileASubscriptionRuns(organisationId, c));
    String org = Long.toString(organisationId);
    SessionCreateParams.Builder params =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
            .addLineItem(
                SessionCreateParams.LineItem.builder().setPrice(price).setQuantity(1L).build())
            .setClientReferenceId(org)
            .putMetadata(StripeSubscriptions.ORGANISATION, org)
            .putMetadata(StripeSubscriptions.PLAN, plan.id())
            .setSubscriptionData(
                SessionCreateParams.SubscriptionData.builder()
                    .putMetadata(StripeSubscriptions.ORGANISATION, org)
                    .putMetadata(StripeSubscriptions.PLAN, plan.id())
                    .build())
            .setBillingAddressCollection(SessionCreateParams.BillingAddressCollection.REQUIRED)
            .setTaxIdCollection(
                SessionCreateParams.TaxIdCollection.builder().setEnabled(true).build())
            .setSuccessUrl(
                publicUrl.link("/organisation/billing/return")
                    + "?session_id={CHECKOUT_SESSION_ID}")
            .setCancelUrl(publicUrl.link("/organisation/billing"));
    if (customer.isPresent()) {
      // Checkout may write the address and name it collects onto the existing customer, which tax
      // id collection requires; in subscription mode Checkout creates a customer by itself
      // otherwise.
      params
          .setCustomer(customer.get())
          .setCustomerUpdate(
              SessionCreateParams.CustomerUpdate.builder()
                  .setAddress(SessionCreateParams.CustomerUpdate.Address.AUTO)
                  .setName(SessionCreateParams.CustomerUpdate.Name.AUTO)
                  .build());
    } else if (details != null
        && details.billingEmail() != null
        && !details.billingEmail().isBlank()) {
      params.setCustomerEmail(details.billingEmail());
    }
    // One key per business operation: a double click, or a retry after a timeout, returns the same
    // session; a new attempt after the membership changed, for another price, or with other
    // parameters (another billing email, say) gets a new one, since Stripe refuses a key reused
    // with different parameters.
    SessionCreateParams built = params.build();
    String key =
        "checkout:"
            + organisationId
            + ":"
            + plan.id()
            + ":"
            + interval.stripeName()
            + ":"
            + price
            + ":"
            + customer.orElse("new")
            + ":"
            + memberships.find(organisationId).map(m -> m.stateAt().toEpochMilli()).orElse(0L)
            + ":"
            + digest(built.toMap());
    Session session =
        call(
            "creating a Checkout session",
            () -> stripe.v1().checkout().sessions().create(built, options(key)));
    audit.record(
        "billing.checkout-started",
        "organisation:" + organisationId,
        plan.id() + "/" + interval.stripeName() + " " + session.getId());
    return new SubscribeResult.Redirect(session.getUrl());
  }

  /**
   * A second Checkout for a customer whose subscription still runs at Stripe would bill the
   * organisation twice: refused, and the running subscription applied so that the page shows it
   * (the mirror may have missed it).
   */
  private void refuseWhileASubscriptionRuns(long organisationId, String customer) {
    Instant fetchedAt = subscriptions.fetchStamp();
    Optional<Subscription> running =
        subscriptions
            .newestOf(customer)
            .filter(s -> RUNNING.contains(MembershipStatus.of(s.getStatus())));
    if (running.isEmpty()) {
      return;
    }
    tx.executeWithoutResult(
        status -> {
          events.lockOrganisation(organisationId);
          memberships.apply(
              subscriptions.toUpdate(
                  organisationId,
                  running.get(),
                  fetchedAt,
                  "running subscription found at Checkout",
                  new StringBuilder()));
        });
    audit.record(
        "billing.checkout-refused",
        "organisation:" + organisationId,
        "subscription "
            + running.get().getId()
            + " of customer "
            + customer
            + " is "
            + running.get().getStatus());
    throw InvalidInputException.of("plan", "error.billing.already-member");
  }

  Optional<String> customerPortalUrl(long organisationId, String returnUrl) {
    Optional<String> customer = customerOf(organisationId);
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    var params =
        com.stripe.param.billingportal.SessionCreateParams.builder()
            .setCustomer(customer.get())
            .setReturnUrl(
                returnUrl == null || returnUrl.isBlank()
                    ? publicUrl.link("/organisation/billing")
                    : returnUrl);
    if (!properties.stripe().portalConfiguration().isBlank()) {
      params.setConfiguration(properties.stripe().portalConfiguration());
    }
    var session =
        call(
            "opening the Customer Portal",
            () -> stripe.v1().billingPortal().sessions().create(params.build()));
    audit.record("billing.portal-opened", "organisation:" + organisationId, customer.get());
    return Optional.of(session.getUrl());
  }

  void checkoutReturned(long organisationId, String checkoutSessionId) {
    if (checkoutSessionId == null || checkoutSessionId.isBlank()) {
      return;
    }
    Session session =
        call(
            "reading the Checkout session",
            () -> stripe.v1().checkout().sessions().retrieve(checkoutSessionId));
    Optional<Long> reference = StripeSubscriptions.parse(session.getClientReferenceId());
    Optional<Long> metadata = StripeSubscriptions.organisationIn(session.getMetadata());
    boolean ours =
        reference.or(() -> metadata).filter(id -> id == organisationId).isPresent()
            && metadata.map(id -> id == organisationId).orElse(true);
    Optional<Long> customerOwner =
        session.getCustomer() == null
            ? Optional.empty()
            : accounts.organisationOfCustomer(session.getCustomer());
    if (!ours || customerOwner.filter(owner -> owner != organisationId).isPresent()) {
      audit.record(
          "billing.denied",
          "organisation:" + organisationId,
          "Checkout session " + checkoutSessionId + " is not this organisation's");
      throw new AccessDeniedException("this Checkout session belongs to another organisation");
    }
    Instant fetchedAt = subscriptions.fetchStamp();
    Subscription subscription =
        session.getSubscription() == null ? null : subscriptions.fetch(session.getSubscription());
    tx.executeWithoutResult(
        status -> {
          // The organisation first, as a webhook locks it, before billing_account and membership.
          events.lockOrganisation(organisationId);
          if (session.getCustomer() != null && customerOwner.isEmpty()) {
            accounts.saveCustomer(organisationId, session.getCustomer(), subscriptions.now());
          }
          if (subscription != null) {
            memberships.apply(
                subscriptions.toUpdate(
                    organisationId,
                    subscription,
                    fetchedAt,
                    "returned from Checkout",
                    new StringBuilder()));
          }
        });
  }

  private Optional<String> customerOf(long organisationId) {
    return accounts
        .find(organisationId)
        .map(JdbcBillingAccounts.BillingAccount::stripeCustomerId)
        .filter(c -> !c.isBlank());
  }
}
