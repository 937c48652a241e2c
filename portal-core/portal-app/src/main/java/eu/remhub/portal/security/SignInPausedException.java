package eu.remhub.portal.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by the {@link LoginThrottle} before any password was checked. It is thrown for
 * every name alike, registered or not, so that the pause tells nobody whether an address exists;
 * the login page reads it from the session to say how long the pause lasts.
 */
public class SignInPausedException extends LockedException {

  private static final long serialVersionUID = 1L;

  private final Duration wait;

  public SignInPausedException(Duration wait) {
    super("Too many failed sign-ins. Try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
    this.wait = wait;
  }

  /** How long the pause still lasted when the attempt was refused. */
  public Duration waitTime() {
    return wait;
  }
}
