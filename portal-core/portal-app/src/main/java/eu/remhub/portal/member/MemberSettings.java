package eu.remhub.portal.member;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code portal.members}.
 *
 * @param verificationValidity how long an email verification link works
 * @param resetValidity how long a password reset link works
 * @param invitationValidity how long an invitation works
 * @param maxLogoSize the largest logo accepted
 */
@ConfigurationProperties("portal.members")
public record MemberSettings(
    Duration verificationValidity,
    Duration resetValidity,
    Duration invitationValidity,
    DataSize maxLogoSize) {

  public MemberSettings {
    verificationValidity =
        verificationValidity == null ? Duration.ofHours(48) : verificationValidity;
    resetValidity = resetValidity == null ? Duration.ofHours(1) : resetValidity;
    invitationValidity = invitationValidity == null ? Duration.ofDays(14) : invitationValidity;
    maxLogoSize = maxLogoSize == null ? DataSize.ofKilobytes(512) : maxLogoSize;
  }
}
