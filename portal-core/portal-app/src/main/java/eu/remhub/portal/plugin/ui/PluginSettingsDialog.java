package eu.remhub.portal.plugin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import eu.remhub.portal.api.service.SettingDefinition;
import eu.remhub.portal.api.service.SettingType;
import eu.remhub.portal.plugin.PluginSettingsService;
import eu.remhub.portal.plugin.PluginSettingsService.SettingsForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings form of one plugin: a field per declared setting, fitting its type, validated with
 * the declaration's own rule (field errors, nothing saved while one is invalid), and a text field
 * per stored key that the plugin does not declare. Saving writes the changed values and is audited
 * by the service.
 */
public class PluginSettingsDialog extends Dialog {

  private final transient PluginSettingsService settings;
  private final transient SettingsForm form;
  private final Binder<Map<String, String>> binder = new Binder<>();

  /**
   * A dialog for one plugin.
   *
   * @param settings the settings service
   * @param pluginId the plugin
   * @param pluginName the plugin's name, for the title
   */
  public PluginSettingsDialog(PluginSettingsService settings, String pluginId, String pluginName) {
    this.settings = settings;
    this.form = settings.form(pluginId);
    setId("plugin-settings");
    setHeaderTitle(getTranslation("plugins.settings.title", pluginName));
    FormLayout layout = new FormLayout();
    for (SettingDefinition definition : form.declared()) {
      Component field = declaredField(definition);
      layout.add(field);
    }
    if (form.declared().isEmpty() && form.undeclared().isEmpty()) {
      add(new Paragraph(getTranslation("plugins.settings.none")));
    }
    add(layout);
    if (!form.undeclared().isEmpty()) {
      FormLayout other = new FormLayout();
      for (String key : form.undeclared()) {
        TextField field = new TextField(key);
        field.setId("setting-" + key);
        binder
            .forField(field)
            .withNullRepresentation("")
            .bind(m -> m.get(key), (m, v) -> m.put(key, v));
        other.add(field);
      }
      add(new H3(getTranslation("plugins.settings.undeclared")), other);
    }
    binder.readBean(initialValues());
    Button save = new Button(getTranslation("common.save"), e -> save());
    save.setId("settings-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("common.cancel"), e -> close());
    getFooter().add(cancel, save);
  }

  /** Writes the form when every field is valid; otherwise the fields show their errors. */
  void save() {
    Map<String, String> values = new HashMap<>();
    if (!binder.writeBeanIfValid(values)) {
      return;
    }
    Map<String, String> toSave = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      boolean stored = form.stored().containsKey(key);
      String defaultValue =
          form.declared().stream()
              .filter(d -> d.key().equals(key))
              .findFirst()
              .flatMap(SettingDefinition::defaultValue)
              .orElse(null);
      // A field showing the default that staff left alone stays unset, so a new default applies.
      if (!stored && value != null && value.equals(defaultValue)) {
        continue;
      }
      toSave.put(key, value);
    }
    try {
      List<String> changed = settings.save(form.pluginId(), toSave);
      Notification.show(
              getTranslation("plugins.settings.saved", changed.size()),
              4000,
              Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      close();
    } catch (IllegalArgumentException e) {
      Notification.show(e.getMessage(), 10000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private Map<String, String> initialValues() {
    Map<String, String> values = new HashMap<>(form.stored());
    for (SettingDefinition definition : form.declared()) {
      if (!values.containsKey(definition.key())) {
        definition.defaultValue().ifPresent(value -> values.put(definition.key(), value));
      }
    }
    return values;
  }

  private Component declaredField(SettingDefinition definition) {
    String key = definition.key();
    String label = getTranslation(definition.label());
    Component field =
        switch (definition.type()) {
          case TEXT, INTEGER, DURATION -> {
            TextField text = new TextField(label);
            if (definition.type() == SettingType.INTEGER) {
              text.setAllowedCharPattern("[-0-9]");
            }
            bindText(text, definition);
            yield text;
          }
          case EMAIL -> {
            EmailField email = new EmailField(label);
            bindText(email, definition);
            yield email;
          }
          case DECIMAL -> {
            BigDecimalField decimal = new BigDecimalField(label);
            binder
                .forField(decimal)
                .withConverter(new DecimalText())
                .withValidator(rule(definition))
                .bind(m -> m.get(key), (m, v) -> m.put(key, v));
            yield decimal;
          }
          case BOOLEAN -> {
            Checkbox checkbox = new Checkbox(label);
            binder
                .forField(checkbox)
                .withConverter(
                    value -> Boolean.TRUE.equals(value) ? "true" : "false", "true"::equals)
                .withValidator(rule(definition))
                .bind(m -> m.get(key), (m, v) -> m.put(key, v));
            yield checkbox;
          }
          case CHOICE -> {
            Select<String> select = new Select<>();
            select.setLabel(label);
            List<String> items = new ArrayList<>(definition.choices());
            select.setItems(items);
            select.setEmptySelectionAllowed(!definition.required());
            binder
                .forField(select)
                .withValidator(rule(definition))
                .bind(m -> m.get(key), (m, v) -> m.put(key, v));
            yield select;
          }
        };
    field.setId("setting-" + key);
    if (!definition.help().isEmpty() && field instanceof HasHelper helper) {
      helper.setHelperText(getTranslation(definition.help()));
    }
    if (field instanceof HasValue<?, ?> value) {
      value.setRequiredIndicatorVisible(
          definition.required() && definition.defaultValue().isEmpty());
    }
    return field;
  }

  private void bindText(HasValue<?, String> field, SettingDefinition definition) {
    String key = definition.key();
    binder
        .forField(field)
        .withNullRepresentation("")
        .withValidator(rule(definition))
        .bind(m -> m.get(key), (m, v) -> m.put(key, v));
  }

  /** The declaration's own check, so that the form refuses exactly what the portal refuses. */
  private Validator<String> rule(SettingDefinition definition) {
    String label = getTranslation(definition.label());
    return (value, context) ->
        definition.check(value, label).map(ValidationResult::error).orElse(ValidationResult.ok());
  }

  /** A decimal field's number as the text the setting stores. */
  private static final class DecimalText implements Converter<BigDecimal, String> {

    @Override
    public Result<String> convertToModel(BigDecimal value, ValueContext context) {
      return Result.ok(value == null ? null : value.toPlainString());
    }

    @Override
    public BigDecimal convertToPresentation(String value, ValueContext context) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return new BigDecimal(value.trim());
      } catch (NumberFormatException e) {
        // A value stored before the declaration said "decimal" shows as empty, not as an error
        // page.
        return null;
      }
    }
  }
}
