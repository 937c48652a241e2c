package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import eu.remhub.portal.base.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the problems a service found next to the fields they concern, in the viewer's language; a
 * problem without a field on the form becomes a notification.
 */
public final class FieldErrors {

  private final Component owner;
  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  public FieldErrors(Component owner) {
    this.owner = owner;
  }

  public FieldErrors bind(String name, HasValidation field) {
    fields.put(name, field);
    return this;
  }

  public void clear() {
    fields
        .values()
        .forEach(
            f -> {
              f.setInvalid(false);
              f.setErrorMessage(null);
            });
  }

  /** Shows one message on one field. */
  public void show(String name, String message) {
    HasValidation field = fields.get(name);
    if (field != null) {
      field.setErrorMessage(message);
      field.setInvalid(true);
    } else {
      error(message);
    }
  }

  public void show(InvalidInputException e) {
    clear();
    for (InvalidInputException.Problem p : e.problems()) {
      show(p.field(), owner.getTranslation(p.key(), p.args()));
    }
  }

  public static void error(String message) {
    Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  public static void success(String message) {
    Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
