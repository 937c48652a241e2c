package eu.remhub.portal.runtime.pf4j;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.pf4j.PluginRuntimeException;

/** Calls a plugin's constructors, so that what a constructor throws is reported as its own. */
final class PluginConstructors {

  private PluginConstructors() {}

  static Optional<Constructor<?>> find(Class<?> type, Class<?>... parameterTypes) {
    try {
      return Optional.of(type.getConstructor(parameterTypes));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  static Object construct(Constructor<?> constructor, Object... args) {
    String className = constructor.getDeclaringClass().getName();
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new PluginRuntimeException(e.getCause(), "{} failed in its constructor", className);
    } catch (ReflectiveOperationException e) {
      throw new PluginRuntimeException(e, "Cannot create {}", className);
    }
  }
}
