package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import eu.remhub.portal.member.FieldVisibility;
import eu.remhub.portal.member.Material;
import eu.remhub.portal.member.ValueChainSegment;
import eu.remhub.portal.member.VatIds;
import java.util.List;
import java.util.Locale;

/** The pickers the member forms share: country, segments, materials, visibility. */
final class Choices {

  private Choices() {}

  static ComboBox<String> country(Component owner, String label) {
    ComboBox<String> box = new ComboBox<>(label);
    var ui = com.vaadin.flow.component.UI.getCurrent();
    Locale locale = ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    List<String> codes =
        VatIds.countries().stream()
            .sorted((a, b) -> countryName(a, locale).compareTo(countryName(b, locale)))
            .toList();
    box.setItems(codes);
    box.setItemLabelGenerator(code -> countryName(code, locale));
    return box;
  }

  static String countryName(String code, Locale locale) {
    return code == null
        ? ""
        : Locale.of("", code).getDisplayCountry(locale == null ? Locale.ENGLISH : locale);
  }

  static CheckboxGroup<ValueChainSegment> segments(Component owner, String label) {
    CheckboxGroup<ValueChainSegment> group = new CheckboxGroup<>(label);
    group.setItems(ValueChainSegment.values());
    group.setItemLabelGenerator(s -> owner.getTranslation(s.titleKey()));
    return group;
  }

  static CheckboxGroup<Material> materials(String label) {
    CheckboxGroup<Material> group = new CheckboxGroup<>(label);
    group.setItems(Material.values());
    group.setItemLabelGenerator(Material::label);
    return group;
  }

  static Select<FieldVisibility> visibility(Component owner) {
    Select<FieldVisibility> select = new Select<>();
    select.setItems(FieldVisibility.values());
    select.setItemLabelGenerator(v -> owner.getTranslation(v.titleKey()));
    select.setAriaLabel(owner.getTranslation("profile.visibility"));
    return select;
  }
}
