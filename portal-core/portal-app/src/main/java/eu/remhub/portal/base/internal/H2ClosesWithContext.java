package eu.remhub.portal.base.internal;

import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Lets the portal, not H2, decide when an H2 database closes. By default H2 closes a database in a
 * JVM shutdown hook of its own, which runs alongside Spring's: the search indexer, still polling
 * the outbox until its bean is destroyed, then met a closed database ("Database is already closed",
 * with a stack trace). With {@code DB_CLOSE_ON_EXIT=FALSE} the database closes with the connection
 * pool, which Spring destroys after the beans that use it (the search engine first). A URL that
 * sets {@code DB_CLOSE_ON_EXIT} itself is left as it is.
 */
@Component
class H2ClosesWithContext implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
      properties.setUrl(closedWithContext(properties.getUrl()));
    }
    return bean;
  }

  /** The URL with {@code DB_CLOSE_ON_EXIT=FALSE} added when it is an H2 URL that does not say. */
  static String closedWithContext(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:h2:") || lower.contains("db_close_on_exit")) {
      return url;
    }
    return url + ";DB_CLOSE_ON_EXIT=FALSE";
  }
}
