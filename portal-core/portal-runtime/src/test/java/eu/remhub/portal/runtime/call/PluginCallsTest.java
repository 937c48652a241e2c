package eu.remhub.portal.runtime.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginCallsTest {

  private final List<PluginFailure> failures = new ArrayList<>();
  private final PluginCalls calls = new PluginCalls(failures::add);

  @Test
  void callThatReturns_givesItsValue_andRecordsNothing() {
    assertThat(calls.call("hello", "greeting", () -> "hi", "fallback")).isEqualTo("hi");
    assertThat(failures).isEmpty();
  }

  @Test
  void callThatThrows_givesTheFallback_andRecordsPluginCallAndError() {
    IllegalStateException error = new IllegalStateException("not configured");

    String result =
        calls.call(
            "hello",
            "greeting",
            () -> {
              throw error;
            },
            "fallback");

    assertThat(result).isEqualTo("fallback");
    assertThat(failures).containsExactly(new PluginFailure("hello", "greeting", error));
    assertThat(failures.get(0).describe())
        .isEqualTo("greeting: IllegalStateException: not configured");
  }

  @Test
  void extensionCall_namesTheExtensionClass() {
    Object extension = new StringBuilder();

    calls.call(
        "hello",
        extension,
        "widgets",
        () -> {
          throw new IllegalArgumentException("x");
        },
        null);

    assertThat(failures.get(0).call()).isEqualTo("widgets (java.lang.StringBuilder)");
  }

  @Test
  void linkageAndStackOverflowErrors_areThePluginsFailures() {
    assertThat(
            calls.run(
                "hello",
                "start",
                () -> {
                  throw new NoClassDefFoundError("gone/Type");
                }))
        .isFalse();
    assertThat(
            calls.run(
                "hello",
                "recurse",
                () -> {
                  throw new StackOverflowError();
                }))
        .isFalse();

    assertThat(failures).extracting(PluginFailure::call).containsExactly("start", "recurse");
  }

  @Test
  void outOfMemoryError_propagates_andIsNotRecorded() {
    assertThatThrownBy(
            () ->
                calls.run(
                    "hello",
                    "start",
                    () -> {
                      throw new OutOfMemoryError("heap");
                    }))
        .isInstanceOf(OutOfMemoryError.class);
    assertThat(failures).isEmpty();
  }

  @Test
  void failingSink_doesNotTurnAPluginFailureIntoTheCallersFailure() {
    PluginCalls withBrokenSink =
        new PluginCalls(
            f -> {
              throw new IllegalStateException("sink");
            });

    assertThat(
            withBrokenSink.call(
                "hello",
                "x",
                () -> {
                  throw new RuntimeException("y");
                },
                7))
        .isEqualTo(7);
  }

  @Test
  void describe_addsTheRootCause() {
    Exception error = new RuntimeException("outer", new java.io.IOException("disk gone"));

    assertThat(PluginCalls.describe(error))
        .isEqualTo("RuntimeException: outer (caused by IOException: disk gone)");
  }
}
