package eu.remhub.portal.testkit;

import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Thrown by {@link PluginJarBuilder#build} when a plugin source does not compile; the message holds
 * the compiler's diagnostics, one a line, so that a failing test shows what to fix.
 *
 * @since 1.0.0
 */
public class PluginCompilationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> diagnostics;

  /**
   * Creates the exception from the compiler's findings.
   *
   * @param diagnostics what the compiler reported
   */
  public PluginCompilationException(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    this(diagnostics.stream().map(PluginCompilationException::describe).toArray(String[]::new));
  }

  private PluginCompilationException(String[] lines) {
    super("Plugin sources do not compile:\n" + String.join("\n", lines));
    this.diagnostics = List.of(lines);
  }

  /**
   * The compiler's findings, one per entry, such as {@code ERROR com/example/Hello.java:3: ...}.
   *
   * @return the diagnostics
   */
  public List<String> diagnostics() {
    return diagnostics;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String source =
        diagnostic.getSource() == null ? "" : diagnostic.getSource().toUri().getPath().substring(1);
    return diagnostic.getKind()
        + " "
        + source
        + ":"
        + diagnostic.getLineNumber()
        + ": "
        + diagnostic.getMessage(Locale.ROOT);
  }
}
