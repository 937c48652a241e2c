package eu.remhub.portal.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java source text into class files held in memory, for {@link PluginJarBuilder}.
 *
 * <p>Nothing is written to disk: classes compiled for a plugin jar must not also be visible on the
 * test's class path, or the application class loader would answer for them and the test would no
 * longer exercise the plugin class loader.
 */
final class InMemoryCompiler {

  private InMemoryCompiler() {}

  /**
   * Compiles the sources.
   *
   * @param sources source text by fully qualified class name
   * @param classPath the class path to compile against
   * @return class files and resources written by annotation processors, by path inside a jar
   */
  static Map<String, byte[]> compile(Map<String, String> sources, String classPath) {
    if (sources.isEmpty()) {
      return Map.of();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("Compiling a plugin jar needs a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((className, text) -> units.add(new SourceText(className, text)));
    // -proc:full: JDK 23+ runs annotation processors only when asked, and without PF4J's processor
    // the jar has no extensions.idx and the runtime finds no extensions.
    List<String> options = List.of("--release", "21", "-proc:full", "-classpath", classPath);
    StandardJavaFileManager standard =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    try (MemoryFileManager files = new MemoryFileManager(standard)) {
      boolean compiled = compiler.getTask(null, files, diagnostics, options, null, units).call();
      if (!compiled) {
        throw new PluginCompilationException(diagnostics.getDiagnostics());
      }
      return files.jarEntries();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Source text of one class. */
  private static final class SourceText extends SimpleJavaFileObject {
    private final String text;

    SourceText(String className, String text) {
      super(
          URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
          Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** A file the compiler writes: a class, a generated source or a processor's resource. */
  private static final class Output extends SimpleJavaFileObject {
    private final String path;
    private final Map<String, byte[]> store;

    Output(String path, Kind kind, Map<String, byte[]> store) {
      super(URI.create("mem:///" + path), kind);
      this.path = path;
      this.store = store;
    }

    @Override
    public OutputStream openOutputStream() {
      return new ByteArrayOutputStream() {
        @Override
        public void close() {
          store.put(path, toByteArray());
        }
      };
    }

    @Override
    public InputStream openInputStream() throws IOException {
      byte[] content = store.get(path);
      if (content == null) {
        // PF4J's processor first tries to read an index left by an earlier build; there is none.
        throw new FileNotFoundException(path);
      }
      return new ByteArrayInputStream(content);
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
      try (InputStream in = openInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Sends every output to memory; reads everything else from the standard file manager. */
  private static final class MemoryFileManager
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> classOutput = new LinkedHashMap<>();
    private final Map<String, byte[]> sourceOutput = new LinkedHashMap<>();

    MemoryFileManager(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      String path = className.replace('.', '/') + kind.extension;
      return new Output(path, kind, storeFor(location));
    }

    @Override
    public FileObject getFileForOutput(
        Location location, String packageName, String relativeName, FileObject sibling) {
      String folder = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
      return new Output(folder + relativeName, JavaFileObject.Kind.OTHER, storeFor(location));
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      return a.toUri().equals(b.toUri());
    }

    Map<String, byte[]> jarEntries() {
      return Map.copyOf(classOutput);
    }

    private Map<String, byte[]> storeFor(Location location) {
      return location == StandardLocation.SOURCE_OUTPUT ? sourceOutput : classOutput;
    }
  }
}
