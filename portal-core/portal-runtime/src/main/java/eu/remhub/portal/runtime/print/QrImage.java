package eu.remhub.portal.runtime.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/** A QR code as a black-on-white PNG with a quiet zone, as printed documents carry it. */
final class QrImage {

  private static final int QUIET_ZONE = 4;

  private QrImage() {}

  /**
   * The code for a text.
   *
   * @param text what the code holds
   * @param scale pixels per module
   * @return the PNG bytes
   * @throws IllegalArgumentException when the text is empty or too long for a QR code
   */
  static byte[] png(String text, int scale) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("A QR code needs a text to hold");
    }
    BitMatrix modules;
    try {
      modules =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.CHARACTER_SET,
                      StandardCharsets.UTF_8.name()));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "The text is too long for a QR code (" + text.length() + " characters)", e);
    }
    int size = (modules.getWidth() + 2 * QUIET_ZONE) * scale;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int mx = x / scale - QUIET_ZONE;
        int my = y / scale - QUIET_ZONE;
        boolean dark =
            mx >= 0
                && my >= 0
                && mx < modules.getWidth()
                && my < modules.getHeight()
                && modules.get(mx, my);
        image.setRGB(x, y, dark ? 0xff000000 : 0xffffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
