package eu.remhub.portal.search;

import java.nio.file.Path;

/** The search tests' forum plugin jar, for tests of other packages. */
public final class ForumPluginJar {

  private ForumPluginJar() {}

  public static Path jar() {
    return ForumPlugin.jar();
  }
}
