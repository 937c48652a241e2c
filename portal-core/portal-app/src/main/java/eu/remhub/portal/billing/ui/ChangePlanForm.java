package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Membership;
import eu.remhub.portal.billing.Plan;
import java.util.function.Consumer;

/**
 * An organisation admin moves the membership to another plan or interval. It starts from the
 * current plan and interval; what the service refuses is shown next to its field and the choice
 * stays. With Stripe the change is prorated, with manual invoicing it applies from the next period.
 */
final class ChangePlanForm extends Div {

  /** What the admin picks. */
  static final class PlanChoice {
    private Plan plan;
    private BillingInterval interval;

    Plan getPlan() {
      return plan;
    }

    void setPlan(Plan plan) {
      this.plan = plan;
    }

    BillingInterval getInterval() {
      return interval;
    }

    void setInterval(BillingInterval interval) {
      this.interval = interval;
    }
  }

  /**
   * @param changed called after the plan was changed
   * @param failed called with an unexpected failure
   */
  ChangePlanForm(
      Membership m,
      BillingService billing,
      long organisationId,
      Runnable changed,
      Consumer<RuntimeException> failed) {
    Select<Plan> to = new Select<>();
    to.setId("change-plan");
    to.setLabel(getTranslation("billing.change.plan"));
    to.setItems(billing.plans());
    to.setItemLabelGenerator(Plan::name);
    RadioButtonGroup<BillingInterval> every =
        new RadioButtonGroup<>(getTranslation("billing.field.interval"));
    every.setId("change-interval");
    every.setItemLabelGenerator(i -> BillingFormat.interval(this, i));
    // Before the binder fills the fields, so that the current plan's intervals are offered first.
    to.addValueChangeListener(e -> SubscribeForm.offerIntervals(e.getValue(), every));

    Binder<PlanChoice> binder = new Binder<>();
    binder.forField(to).bind(PlanChoice::getPlan, PlanChoice::setPlan);
    binder.forField(every).bind(PlanChoice::getInterval, PlanChoice::setInterval);
    binder.readBean(current(m, billing));
    FieldErrors errors = new FieldErrors(this).bind("plan", to).bind("interval", every);

    Button change =
        new Button(
            getTranslation("billing.change.submit"),
            e -> {
              errors.clear();
              PlanChoice choice = new PlanChoice();
              if (!binder.writeBeanIfValid(choice) || choice.getPlan() == null) {
                return;
              }
              try {
                billing.changePlan(organisationId, choice.getPlan().id(), choice.getInterval());
                FieldErrors.success(getTranslation("billing.change.done", choice.getPlan().name()));
                changed.run();
              } catch (InvalidInputException ex) {
                errors.show(ex);
              } catch (RuntimeException ex) {
                failed.accept(ex);
              }
            });
    change.setId("change-submit");
    HorizontalLayout form = new HorizontalLayout(to, every, change);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    Span hint =
        new Span(
            getTranslation(
                BillingProperties.STRIPE.equals(m.provider())
                    ? "billing.change.prorated"
                    : "billing.change.next-period"));
    hint.addClassName("remhub-hint");
    hint.setId("change-hint");
    add(new H2(getTranslation("billing.change.title")), form, hint);
  }

  /** The membership's plan, and its interval when that plan still offers it. */
  private static PlanChoice current(Membership m, BillingService billing) {
    PlanChoice choice = new PlanChoice();
    billing.plans().stream()
        .filter(p -> p.id().equals(m.planId()))
        .findFirst()
        .ifPresent(choice::setPlan);
    if (choice.getPlan() != null && choice.getPlan().offers(m.interval())) {
      choice.setInterval(m.interval());
    }
    return choice;
  }
}
