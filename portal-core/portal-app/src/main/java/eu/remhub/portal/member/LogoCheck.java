package eu.remhub.portal.member;

import eu.remhub.portal.base.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded logo by its content, never by its name or declared type: PNG or JPEG, within
 * the size limit, readable as an image of sensible dimensions.
 */
final class LogoCheck {

  static final int MAX_SIDE = 4000;

  private LogoCheck() {}

  /** The content type of an acceptable logo; throws {@link InvalidInputException} otherwise. */
  static String check(byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw InvalidInputException.of("logo", "error.logo.empty");
    }
    if (content.length > maxBytes) {
      throw InvalidInputException.of("logo", "error.logo.too-large", maxBytes / 1024);
    }
    String type =
        sniff(content).orElseThrow(() -> InvalidInputException.of("logo", "error.logo.type"));
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw InvalidInputException.of("logo", "error.logo.unreadable");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          throw InvalidInputException.of("logo", "error.logo.dimensions", MAX_SIDE);
        }
        reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw InvalidInputException.of("logo", "error.logo.unreadable");
    }
    return type;
  }

  private static Optional<String> sniff(byte[] c) {
    if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
      return Optional.of("image/png");
    }
    if (c.length > 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }
}
