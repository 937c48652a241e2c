package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.base.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoCheckTest {

  static final long LIMIT = 512 * 1024;

  /** A real image of the given format and size. */
  static byte[] image(String format, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xB87333);
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Test
  void pngAndJpeg_areAccepted_byTheirContent() {
    assertThat(LogoCheck.check(image("png", 40, 20), LIMIT)).isEqualTo("image/png");
    assertThat(LogoCheck.check(image("jpg", 40, 20), LIMIT)).isEqualTo("image/jpeg");
  }

  @Test
  void fileOverTheLimit_isRefused() {
    byte[] big = Arrays.copyOf(image("png", 10, 10), (int) LIMIT + 1);
    assertThatThrownBy(() -> LogoCheck.check(big, LIMIT))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.logo.too-large"));
  }

  @Test
  void textNamedPng_andGif_areRefusedAsWrongType() {
    byte[] text = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LogoCheck.check(text, LIMIT))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.logo.type"));
    assertThatThrownBy(() -> LogoCheck.check(image("gif", 10, 10), LIMIT))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.logo.type"));
  }

  @Test
  void truncatedPng_isRefusedAsUnreadable() {
    byte[] png = image("png", 200, 200);
    byte[] truncated = Arrays.copyOf(png, 40);
    assertThatThrownBy(() -> LogoCheck.check(truncated, LIMIT))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.logo.unreadable"));
    assertThatThrownBy(() -> LogoCheck.check(new byte[0], LIMIT))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.logo.empty"));
  }

  @Test
  void hugeDimensions_areRefused() {
    assertThatThrownBy(() -> LogoCheck.check(image("png", 4001, 1), LIMIT))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).key()).isEqualTo("error.logo.dimensions"));
  }
}
