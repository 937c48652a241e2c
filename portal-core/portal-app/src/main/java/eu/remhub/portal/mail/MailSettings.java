package eu.remhub.portal.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code portal.mail}. The SMTP server itself is Spring's {@code spring.mail.*}:
 * mail goes out over SMTP only when {@code spring.mail.host} is set.
 *
 * @param from the sender address
 * @param retryWithin how long a message that could not be delivered is tried again
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(String from, Duration retryWithin) {
  public MailSettings {
    from = from == null || from.isBlank() ? "REMHub <no-reply@remhub.example>" : from;
    retryWithin = retryWithin == null ? Duration.ofHours(24) : retryWithin;
  }
}
