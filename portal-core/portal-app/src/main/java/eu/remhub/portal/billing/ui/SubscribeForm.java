package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.billing.BillingDetails;
import eu.remhub.portal.billing.BillingInterval;
import eu.remhub.portal.billing.BillingProperties;
import eu.remhub.portal.billing.BillingService;
import eu.remhub.portal.billing.Invoice;
import eu.remhub.portal.billing.Plan;
import eu.remhub.portal.billing.SubscribeResult;
import eu.remhub.portal.member.OrganisationProfile;
import eu.remhub.portal.member.VatIds;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Starting a membership: plan and billing interval, and for manual invoices the address and VAT
 * number the invoice carries, checked here first and then by the provider, whose objections land on
 * the same fields. With Stripe the browser goes on to Checkout.
 */
class SubscribeForm extends Div {

  private final transient BillingService billing;
  private final long organisationId;
  private final boolean manual;
  private final transient Consumer<Invoice> issued;
  private final transient Consumer<RuntimeException> failed;
  private final Select<Plan> plan = new Select<>();
  private final RadioButtonGroup<BillingInterval> interval = new RadioButtonGroup<>();
  private final Binder<DetailsForm> binder = new Binder<>();
  private final FieldErrors notices = new FieldErrors(this);

  SubscribeForm(
      BillingService billing,
      BillingProperties properties,
      long organisationId,
      Optional<OrganisationProfile> profile,
      Consumer<Invoice> issued,
      Consumer<RuntimeException> failed) {
    this.billing = billing;
    this.organisationId = organisationId;
    this.manual = BillingProperties.MANUAL.equals(properties.provider());
    this.issued = issued;
    this.failed = failed;
    setId("billing-subscribe");
    add(new H2(getTranslation("billing.subscribe.title")));
    plan.setId("subscribe-plan");
    plan.setLabel(getTranslation("billing.field.plan"));
    plan.setItems(billing.plans());
    plan.setItemLabelGenerator(p -> p.name() + " – " + prices(p));
    plan.setWidth("24rem");
    interval.setId("subscribe-interval");
    interval.setLabel(getTranslation("billing.field.interval"));
    interval.setItemLabelGenerator(i -> BillingFormat.interval(this, i));
    plan.addValueChangeListener(e -> offerIntervals(e.getValue(), interval));
    if (!billing.plans().isEmpty()) {
      plan.setValue(billing.plans().get(0));
    }
    add(new HorizontalLayout(plan, interval));
    notices.bind("plan", plan).bind("interval", interval);
    if (manual) {
      add(new Paragraph(getTranslation("billing.subscribe.manual")), detailsFields(profile));
    } else {
      add(new Paragraph(getTranslation("billing.subscribe.stripe")));
    }
    Button subscribe =
        new Button(
            getTranslation(manual ? "billing.subscribe.invoice" : "billing.subscribe.checkout"),
            e -> subscribe());
    subscribe.setId("subscribe-submit");
    subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(subscribe);
  }

  /** Chooses the plan and interval a link asked for, if offered; anything else is ignored. */
  void preselect(String planId, String intervalName) {
    billing.plans().stream()
        .filter(p -> p.id().equals(planId))
        .findFirst()
        .ifPresent(plan::setValue);
    intervalOf(intervalName)
        .filter(i -> plan.getValue() != null && plan.getValue().offers(i))
        .ifPresent(interval::setValue);
  }

  private Div detailsFields(Optional<OrganisationProfile> profile) {
    EmailField email = new EmailField(getTranslation("billing.field.email"));
    email.setId("subscribe-email");
    // The field checks the address itself before the binder does; its message must be ours too.
    email.setI18n(
        new EmailField.EmailFieldI18n()
            .setPatternErrorMessage(getTranslation("billing.error.email"))
            .setRequiredErrorMessage(getTranslation("billing.error.required")));
    TextArea address = new TextArea(getTranslation("billing.field.address"));
    address.setId("subscribe-address");
    address.setMaxLength(400);
    address.setWidth("32rem");
    TextField postalCode = new TextField(getTranslation("billing.field.postal-code"));
    postalCode.setId("subscribe-postal-code");
    postalCode.setMaxLength(20);
    TextField city = new TextField(getTranslation("billing.field.city"));
    city.setId("subscribe-city");
    city.setMaxLength(100);
    ComboBox<String> country = new ComboBox<>(getTranslation("billing.field.country"));
    country.setId("subscribe-country");
    Locale locale = BillingFormat.locale(this);
    country.setItems(
        VatIds.countries().stream()
            .sorted((a, b) -> countryName(a, locale).compareTo(countryName(b, locale)))
            .toList());
    country.setItemLabelGenerator(code -> countryName(code, locale));
    TextField vatId = new TextField(getTranslation("billing.field.vat-id"));
    vatId.setId("subscribe-vat-id");
    vatId.setMaxLength(20);
    vatId.setHelperText(getTranslation("billing.field.vat-id.helper"));
    country.addValueChangeListener(
        e ->
            vatId.setHelperText(
                e.getValue() == null
                    ? getTranslation("billing.field.vat-id.helper")
                    : getTranslation(
                        "billing.field.vat-id.example", VatIds.example(e.getValue()))));

    String required = getTranslation("billing.error.required");
    binder
        .forField(email)
        .asRequired(required)
        .withValidator(new EmailValidator(getTranslation("billing.error.email")))
        .bind(DetailsForm::getBillingEmail, DetailsForm::setBillingEmail);
    binder
        .forField(address)
        .asRequired(required)
        .bind(DetailsForm::getAddress, DetailsForm::setAddress);
    binder
        .forField(postalCode)
        .asRequired(required)
        .bind(DetailsForm::getPostalCode, DetailsForm::setPostalCode);
    binder.forField(city).asRequired(required).bind(DetailsForm::getCity, DetailsForm::setCity);
    binder
        .forField(country)
        .asRequired(required)
        .bind(DetailsForm::getCountry, DetailsForm::setCountry);
    binder.forField(vatId).bind(DetailsForm::getVatId, DetailsForm::setVatId);
    notices
        .bind("billingEmail", email)
        .bind("address", address)
        .bind("postalCode", postalCode)
        .bind("city", city)
        .bind("country", country)
        .bind("vatId", vatId);
    binder.setBean(DetailsForm.of(profile));
    return new Div(email, address, new HorizontalLayout(postalCode, city, country), vatId);
  }

  private void subscribe() {
    notices.clear();
    if (plan.getValue() == null) {
      plan.setErrorMessage(getTranslation("billing.error.required"));
      plan.setInvalid(true);
      return;
    }
    BillingDetails details = BillingDetails.none();
    if (manual) {
      if (!binder.validate().isOk()) {
        return;
      }
      details = binder.getBean().details();
    }
    try {
      switch (billing.subscribe(
          organisationId, plan.getValue().id(), interval.getValue(), details)) {
        case SubscribeResult.Redirect redirect ->
            UI.getCurrent().getPage().setLocation(redirect.url());
        case SubscribeResult.InvoiceIssued invoice -> issued.accept(invoice.invoice());
      }
    } catch (InvalidInputException ex) {
      notices.show(ex);
    } catch (RuntimeException ex) {
      failed.accept(ex);
    }
  }

  /**
   * Offers the intervals the plan is sold with, keeping the chosen one where possible (yearly
   * first).
   */
  static void offerIntervals(Plan p, RadioButtonGroup<BillingInterval> group) {
    BillingInterval before = group.getValue();
    List<BillingInterval> offered =
        p == null ? List.of() : Arrays.stream(BillingInterval.values()).filter(p::offers).toList();
    group.setItems(offered);
    if (before != null && offered.contains(before)) {
      group.setValue(before);
    } else if (!offered.isEmpty()) {
      group.setValue(
          offered.contains(BillingInterval.YEAR) ? BillingInterval.YEAR : offered.get(0));
    }
  }

  private String prices(Plan p) {
    Locale locale = BillingFormat.locale(this);
    return String.join(
        " · ",
        Arrays.stream(BillingInterval.values())
            .filter(p::offers)
            .map(
                i ->
                    getTranslation(
                        "pricing.per." + i.stripeName(),
                        BillingFormat.money(p.priceCents(i).orElseThrow(), locale)))
            .toList());
  }

  private static Optional<BillingInterval> intervalOf(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(BillingInterval.of(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String countryName(String code, Locale locale) {
    return Locale.of("", code).getDisplayCountry(locale);
  }
}
