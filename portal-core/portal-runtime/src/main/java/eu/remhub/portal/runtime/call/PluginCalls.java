package eu.remhub.portal.runtime.call;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls plugin code so that a plugin's exception can never be forgotten (the rule of Jenkins'
 * {@code Listeners.notify}): every {@link Throwable} is caught, logged with the plugin and the
 * call, passed to the failure sink (the portal shows it to staff as the plugin's last error), and
 * the caller gets its fallback and goes on.
 *
 * <p>Only errors that leave the JVM unfit to go on propagate: {@link VirtualMachineError}s such as
 * {@link OutOfMemoryError}. A {@link StackOverflowError} is the plugin's own runaway recursion and
 * its stack is unwound by the time it is caught, so it counts as the plugin's failure. Thread-safe.
 */
public final class PluginCalls {

  private static final Logger log = LoggerFactory.getLogger(PluginCalls.class);

  private final Consumer<PluginFailure> failures;

  /**
   * Creates the guard.
   *
   * @param failures told of every failure, after it is logged; must not throw
   */
  public PluginCalls(Consumer<PluginFailure> failures) {
    this.failures = Objects.requireNonNull(failures, "failures");
  }

  /**
   * Calls plugin code for a value.
   *
   * @param pluginId the plugin whose code is called
   * @param call what is asked of it, for the log and for staff
   * @param code the plugin code
   * @param fallback returned when the code throws
   * @param <T> the value's type
   * @return what the code returned, or {@code fallback}
   */
  public <T> T call(String pluginId, String call, Supplier<T> code, T fallback) {
    try {
      return code.get();
    } catch (Throwable t) {
      failed(pluginId, call, t);
      return fallback;
    }
  }

  /**
   * Calls plugin code of one extension for a value; the failure names the extension's class.
   *
   * @param pluginId the plugin whose code is called
   * @param extension the extension object
   * @param call what is asked of it
   * @param code the plugin code
   * @param fallback returned when the code throws
   * @param <T> the value's type
   * @return what the code returned, or {@code fallback}
   */
  public <T> T call(String pluginId, Object extension, String call, Supplier<T> code, T fallback) {
    return call(pluginId, call + " (" + extension.getClass().getName() + ")", code, fallback);
  }

  /**
   * Runs plugin code.
   *
   * @param pluginId the plugin whose code is called
   * @param call what is asked of it
   * @param code the plugin code
   * @return true when the code returned normally
   */
  public boolean run(String pluginId, String call, Runnable code) {
    return call(
        pluginId,
        call,
        () -> {
          code.run();
          return true;
        },
        false);
  }

  /**
   * Records a failure that the caller caught itself (for example around an API handler, whose
   * {@code ApiException}s are answers, not failures).
   *
   * @param pluginId the plugin whose code threw
   * @param call what was asked of it
   * @param error what it threw
   */
  public void failed(String pluginId, String call, Throwable error) {
    rethrowIfFatal(error);
    if (error instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    log.warn("plugin {} failed in {}", pluginId, call, error);
    try {
      failures.accept(new PluginFailure(pluginId, call, error));
    } catch (RuntimeException e) {
      log.error("recording the failure of plugin {} failed", pluginId, e);
    }
  }

  /**
   * Rethrows the errors after which the JVM should not go on; returns for every other throwable.
   *
   * @param error what plugin code threw
   */
  public static void rethrowIfFatal(Throwable error) {
    if (error instanceof VirtualMachineError fatal && !(error instanceof StackOverflowError)) {
      throw fatal;
    }
  }

  /**
   * The error's class and message and, when it differs, its root cause's.
   *
   * @param error what plugin code threw
   * @return such as {@code PluginRuntimeException: x failed (caused by IOException: gone)}
   */
  public static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = error.getClass().getSimpleName() + ": " + error.getMessage();
    if (root != error) {
      message += " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return message;
  }
}
