package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.MembershipStatus;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.security.CurrentPerson;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where Stripe Checkout sends the admin back ({@code ?session_id=…}): the session is read from
 * Stripe and applied at once, as the webhook may still be on its way, and the resulting state is
 * shown. A payment still being processed says so and offers to look again.
 */
@Route(value = "organisation/billing/return", layout = MainLayout.class)
@RolesAllowed(Roles.ORG_ADMIN)
public class CheckoutReturnView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private static final Logger log = LoggerFactory.getLogger(CheckoutReturnView.class);

  private final transient BillingService billing;
  private final long organisationId;
  private final Paragraph result = new Paragraph();
  private final Div state = new Div();
  private String sessionId;

  public CheckoutReturnView(BillingService billing, CurrentPerson currentPerson) {
    this.billing = billing;
    this.organisationId = currentPerson.get().map(u -> u.organisationId()).orElse(0L);
    addClassNames("remhub-page", "is-narrow");
    result.setId("checkout-result");
    Button refresh = new Button(getTranslation("checkout.refresh"), e -> check());
    refresh.setId("checkout-refresh");
    add(
        new H1(getTranslation("checkout.title")),
        state,
        result,
        refresh,
        new Paragraph(new Anchor("organisation/billing", getTranslation("checkout.to-billing"))));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    sessionId =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter("session_id")
            .filter(s -> !s.isBlank())
            .orElse(null);
    check();
  }

  private void check() {
    Optional<Membership> membership;
    try {
      membership =
          sessionId == null
              ? billing.membership(organisationId)
              : billing.checkoutReturned(organisationId, sessionId);
    } catch (AccessDeniedException e) {
      show("checkout.not-yours", null);
      return;
    } catch (RuntimeException e) {
      log.warn(
          "Checkout session {} of organisation {} could not be read", sessionId, organisationId, e);
      // Stripe could not be asked; a webhook may have brought the state already.
      membership = safeMembership();
      MembershipStatus status = membership.map(Membership::status).orElse(MembershipStatus.UNKNOWN);
      if (status != MembershipStatus.ACTIVE && status != MembershipStatus.TRIALING) {
        show("checkout.unreachable", null);
        return;
      }
    }
    if (membership.isEmpty()) {
      show(sessionId == null ? "checkout.nothing" : "checkout.processing", null);
      return;
    }
    Membership m = membership.get();
    String plan =
        billing.plans().stream()
            .filter(p -> p.id().equals(m.planId()))
            .map(Plan::name)
            .findFirst()
            .orElse(m.planId());
    switch (m.status()) {
      case ACTIVE, TRIALING -> show("checkout.welcome", m, plan);
      case INCOMPLETE -> show("checkout.processing", m);
      case PAST_DUE, UNPAID -> show("checkout.payment-problem", m);
      default ->
          show("checkout.state", m, BillingFormat.statusBadge(this, m.rawStatus()).getText());
    }
  }

  private Optional<Membership> safeMembership() {
    try {
      return billing.membership(organisationId);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private void show(String key, Membership m, Object... args) {
    result.setText(getTranslation(key, args));
    state.removeAll();
    if (m != null) {
      Span badge = BillingFormat.statusBadge(this, m.rawStatus());
      badge.setId("checkout-status");
      state.add(badge);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("checkout.title") + " · REMHub";
  }
}
