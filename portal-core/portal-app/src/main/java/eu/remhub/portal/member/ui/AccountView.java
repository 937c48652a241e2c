package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.AccountService;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.member.PrivacyService;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** A person's own account: name and language, password, their data as JSON, and erasure. */
@Menu(title = "nav.account", order = 790, icon = "vaadin:user")
@Route(value = "account", layout = MainLayout.class)
@PermitAll
public class AccountView extends Div implements HasDynamicTitle {

  public AccountView(AccountService accounts, PrivacyService privacy) {
    addClassName("remhub-page");
    Person me = accounts.me();
    add(new H1(getTranslation("account.title")), new Paragraph(me.email()));

    TextField name = new TextField(getTranslation("register.display-name"));
    name.setValue(me.displayName());
    name.setId("account-name");
    Select<String> language = new Select<>();
    language.setLabel(getTranslation("register.language"));
    language.setItems("en", "it");
    language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
    language.setValue(me.locale());
    FieldErrors profileErrors = new FieldErrors(this).bind("displayName", name);
    Button saveProfile =
        new Button(
            getTranslation("common.save"),
            e -> {
              try {
                profileErrors.clear();
                boolean newLanguage = !language.getValue().equals(getLocale().getLanguage());
                accounts.updateMe(name.getValue(), language.getValue());
                if (newLanguage) {
                  // The whole page, menu and header included, in the new language at once.
                  UI.getCurrent().setLocale(Locale.forLanguageTag(language.getValue()));
                  UI.getCurrent().getPage().reload();
                } else {
                  FieldErrors.success(getTranslation("account.saved"));
                }
              } catch (InvalidInputException ex) {
                profileErrors.show(ex);
              }
            });
    saveProfile.setId("account-save");
    add(new H2(getTranslation("account.profile")), new FormLayout(name, language), saveProfile);

    PasswordField current = new PasswordField(getTranslation("account.password.current"));
    current.setId("account-current-password");
    PasswordField next = new PasswordField(getTranslation("account.password.new"));
    next.setHelperText(getTranslation("register.password.helper"));
    next.setId("account-new-password");
    FieldErrors passwordErrors =
        new FieldErrors(this).bind("currentPassword", current).bind("password", next);
    Button change =
        new Button(
            getTranslation("account.password"),
            e -> {
              try {
                passwordErrors.clear();
                accounts.changePassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                FieldErrors.success(getTranslation("account.password.changed"));
              } catch (InvalidInputException ex) {
                passwordErrors.show(ex);
              }
            });
    change.setId("account-change-password");
    add(new H2(getTranslation("account.password")), new FormLayout(current, next), change);

    long personId = me.id();
    Anchor download =
        new Anchor(
            com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(
                ev -> {
                  byte[] json = privacy.exportJson(personId);
                  return new com.vaadin.flow.server.streams.DownloadResponse(
                      new java.io.ByteArrayInputStream(json),
                      "remhub-personal-data.json",
                      "application/json",
                      json.length);
                }),
            AttachmentType.DOWNLOAD,
            getTranslation("account.data.download"));
    download.setId("account-download");
    add(
        new H2(getTranslation("account.data")),
        new Paragraph(getTranslation("account.data.text")),
        download);

    String word = getTranslation("account.erase.word");
    TextField confirm = new TextField(getTranslation("account.erase.confirm", word));
    confirm.setId("account-erase-confirm");
    Button erase =
        new Button(
            getTranslation("account.erase.button"),
            e -> {
              if (!word.equals(confirm.getValue().strip())) {
                confirm.setErrorMessage(getTranslation("account.erase.confirm", word));
                confirm.setInvalid(true);
                return;
              }
              // The erasure ends this very session too; the browser goes home as a visitor.
              UI.getCurrent().getPage().setLocation("/");
              privacy.erase(personId);
            });
    erase.setId("account-erase");
    erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
    add(
        new H2(getTranslation("account.erase")),
        new Paragraph(getTranslation("account.erase.text")),
        confirm,
        erase);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("account.title") + " · REMHub";
  }
}
