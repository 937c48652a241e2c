package eu.remhub.portal.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import eu.remhub.portal.member.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts what a billing service refused next to the fields concerned, in the viewer's language; a
 * problem without a field on the form, and every other failure, becomes a notification.
 */
final class Notices {

  private final Component owner;
  private final Map<String, HasValidation> fields = new LinkedHashMap<>();

  Notices(Component owner) {
    this.owner = owner;
  }

  Notices bind(String name, HasValidation field) {
    fields.put(name, field);
    return this;
  }

  void clear() {
    fields.values().forEach(f -> {
      f.setInvalid(false);
      f.setErrorMessage(null);
    });
  }

  void show(InvalidInputException e) {
    clear();
    for (InvalidInputException.Problem p : e.problems()) {
      String message = owner.getTranslation(p.key(), p.args());
      HasValidation field = fields.get(p.field());
      if (field != null) {
        field.setErrorMessage(message);
        field.setInvalid(true);
      } else {
        error(message);
      }
    }
  }

  static void error(String message) {
    Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  static void success(String message) {
    Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
