package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import java.util.ArrayList;
import java.util.List;

/** Walks a component tree, for assertions on what a page shows. */
final class Find {

  private Find() {}

  static <T extends Component> List<T> all(Component root, Class<T> type) {
    List<T> found = new ArrayList<>();
    walk(root, type, found);
    return found;
  }

  static List<Component> withClass(Component root, String className) {
    return all(root, Component.class).stream()
        .filter(c -> c instanceof HasStyle styled && styled.hasClassName(className))
        .toList();
  }

  static String text(Component component) {
    return component.getElement().getTextRecursively();
  }

  private static <T extends Component> void walk(
      Component component, Class<T> type, List<T> found) {
    if (type.isInstance(component)) {
      found.add(type.cast(component));
    }
    component.getChildren().forEach(child -> walk(child, type, found));
  }
}
