package eu.remhub.portal.testkit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.remhub.portal.api.Access;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.api.extension.RouteContributor;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a plugin's routes against the rules the portal applies when it enables the plugin, so that
 * a mistake shows in the plugin's own build instead of at upload.
 *
 * <p>Each view must be a public class with a public no-argument constructor; carry no
 * {@code @Route} or {@code @RouteAlias} (the portal registers routes itself); carry the access
 * annotation that matches its {@link Access} ({@code @AnonymousAllowed} for anonymous,
 * {@code @PermitAll} for authenticated and entitlement rules, {@code @RolesAllowed} naming the role
 * for role rules); and bring no frontend resources of its own ({@code @NpmPackage},
 * {@code @JsModule}, {@code @CssImport}, {@code @JavaScript}), since the portal's frontend bundle
 * is built without plugins. Only the view class and its superclasses are inspected, not the
 * components it uses.
 *
 * @since 1.0.0
 */
public final class RouteContributionCheck {

  private static final List<Class<? extends Annotation>> FRONTEND_ANNOTATIONS =
      List.of(
          NpmPackage.class,
          NpmPackage.Container.class,
          JsModule.class,
          JsModule.Container.class,
          CssImport.class,
          CssImport.Container.class,
          JavaScript.class,
          JavaScript.Container.class);

  private RouteContributionCheck() {}

  /**
   * Checks every route of a contributor.
   *
   * @param contributor the plugin's route contributor
   * @throws AssertionError listing every problem found
   */
  public static void verify(RouteContributor contributor) {
    List<String> problems = new ArrayList<>();
    for (RouteContribution route : contributor.routes()) {
      problems.addAll(problems(route));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "Routes of "
              + contributor.getClass().getName()
              + " break the portal's rules:\n  "
              + String.join("\n  ", problems));
    }
  }

  /**
   * The problems of one route.
   *
   * @param route the route
   * @return a sentence per problem; empty when the route is fine
   */
  public static List<String> problems(RouteContribution route) {
    Class<? extends Component> view = route.view();
    String name = route.path() + " (" + view.getName() + ")";
    List<String> problems = new ArrayList<>();
    if (!Modifier.isPublic(view.getModifiers()) || !hasPublicNoArgConstructor(view)) {
      problems.add(name + ": the view needs to be public with a public no-argument constructor");
    }
    if (view.isAnnotationPresent(Route.class) || view.isAnnotationPresent(RouteAlias.class)) {
      problems.add(name + ": remove @Route/@RouteAlias; the portal registers plugin routes itself");
    }
    String access = accessProblem(route.access(), view);
    if (access != null) {
      problems.add(name + ": " + access);
    }
    for (String resource : frontendResources(view)) {
      problems.add(
          name + ": " + resource + " is refused; plugins use the portal's components only");
    }
    return problems;
  }

  /** The frontend annotations on the view's own classes, such as {@code @JsModule on x.View}. */
  private static List<String> frontendResources(Class<?> view) {
    List<String> found = new ArrayList<>();
    // Vaadin's own components declare their frontend resources, which the portal's bundle has;
    // only the plugin's classes are inspected.
    for (Class<?> type = view; isPluginClass(type); type = type.getSuperclass()) {
      for (Class<? extends Annotation> annotation : FRONTEND_ANNOTATIONS) {
        if (type.getDeclaredAnnotation(annotation) != null) {
          found.add("@%s on %s".formatted(simpleName(annotation), type.getName()));
        }
      }
    }
    return found;
  }

  private static String accessProblem(Access access, Class<?> view) {
    return switch (access.kind()) {
      case ANONYMOUS ->
          view.isAnnotationPresent(AnonymousAllowed.class)
              ? null
              : "an anonymous route needs @AnonymousAllowed";
      case AUTHENTICATED, ENTITLEMENT ->
          view.isAnnotationPresent(PermitAll.class)
              ? null
              : "a route for signed-in people (" + access.kind() + ") needs @PermitAll";
      case ROLE -> {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        yield roles != null && Arrays.asList(roles.value()).contains(access.value())
            ? null
            : "a route for role %1$s needs @RolesAllowed(\"%1$s\")".formatted(access.value());
      }
    };
  }

  private static boolean isPluginClass(Class<?> type) {
    return type != null && type != Object.class && !type.getName().startsWith("com.vaadin.");
  }

  private static String simpleName(Class<? extends Annotation> annotation) {
    return annotation.getName().substring(annotation.getPackageName().length() + 1);
  }

  private static boolean hasPublicNoArgConstructor(Class<?> view) {
    try {
      return Modifier.isPublic(view.getConstructor().getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
