package eu.remhub.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.mail.internal.JdbcMailOutbox;
import eu.remhub.portal.member.Registration;
import eu.remhub.portal.member.RegistrationService;
import eu.remhub.portal.member.ValueChainSegment;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mail over SMTP to a real SMTP server inside the test JVM (GreenMail): the registration mail
 * arrives with its content and a link that works; a message that cannot be delivered is kept as
 * FAILED with the error and goes out on the next try. Without SMTP configured (the portal in these
 * tests) mail stays in the outbox.
 */
@PortalIntegrationTest
class SmtpMailIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Pattern LINK =
      Pattern.compile("http://localhost:(\\d+)/verify-email\\?token=([A-Za-z0-9_-]{40,})");

  @LocalServerPort int port;
  @Autowired JdbcMailOutbox store;
  @Autowired MailAddresses addresses;
  @Autowired Clock clock;
  @Autowired MailOutbox outbox;
  @Autowired RegistrationService registration;

  /** The outbox as the portal builds it when spring.mail.host points at an SMTP server. */
  private MailOutbox overSmtp(int smtpPort) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtpPort);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "3000");
    return new MailOutbox(
        store, addresses, clock, Optional.of(sender), new MailSettings(null, null));
  }

  private long register(String email) {
    registration.registerWithNewOrganisation(
        new Registration("Grete Smtp", email, "a long enough password", "en"),
        new Registration.NewOrganisation(
            "SMTP Test " + email,
            "SMTP " + email,
            "AT",
            "ATU12345678",
            EnumSet.of(ValueChainSegment.SERVICES)));
    return outbox.to(email, 1).get(0).id();
  }

  @Test
  void withoutSmtpConfigured_mailStaysInTheOutbox() {
    long id = register("outbox-" + System.nanoTime() + "@it.example");

    assertThat(outbox.smtpConfigured()).isFalse();
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("OUTBOX");
    assertThat(outbox.deliver(id)).isFalse();
  }

  @Test
  void registrationMail_goesOutOverSmtp_withItsText_andAWorkingLink() throws Exception {
    String email = "smtp-" + System.nanoTime() + "@it.example";
    long id = register(email);

    assertThat(overSmtp(SMTP.getSmtp().getPort()).deliver(id)).isTrue();

    assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = SMTP.getReceivedMessagesForDomain("it.example")[0];
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo(email);
    assertThat(received.getFrom()[0].toString()).isEqualTo("REMHub <no-reply@remhub.example>");
    assertThat(received.getSubject()).isEqualTo("Confirm your email address for REMHub");
    String body = GreenMailUtil.getBody(received).replace("=\r\n", "").replace("=3D", "=");
    assertThat(body).startsWith("Hello Grete Smtp,").contains("The link works once, for 48 hours.");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("a verification link in %s", body).isTrue();
    assertThat(Integer.parseInt(link.group(1)))
        .as("the link points at this portal")
        .isEqualTo(port);
    assertThat(registration.verifyEmail(link.group(2))).isTrue();
    MailOutbox.Message stored = outbox.find(id).orElseThrow();
    assertThat(stored.status()).isEqualTo("SENT");
    assertThat(overSmtp(SMTP.getSmtp().getPort()).deliver(id)).as("sent once only").isFalse();
  }

  @Test
  void undeliverableMail_isKeptAsFailed_withTheError_andSentOnTheNextTry() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String email = "retry-" + System.nanoTime() + "@it.example";
    overSmtp(closedPort)
        .mail(email, "Pilot call closes Friday", "Applications close on Friday at noon.");

    MailOutbox.Message failed = outbox.to(email, 1).get(0);
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.error()).contains("MailSendException");

    assertThat(overSmtp(SMTP.getSmtp().getPort()).deliver(failed.id())).isTrue();
    assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Pilot call closes Friday");
    assertThat(outbox.find(failed.id()).orElseThrow().status()).isEqualTo("SENT");
  }
}
