package eu.remhub.plugin.passport.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * QR codes for passport links, drawn on the server as SVG: one path of unit squares, crisp at any
 * print size, with no script in the browser.
 */
public final class QrCode {

  private static final int QUIET_ZONE = 4;

  private QrCode() {}

  /**
   * Encodes text as a QR code module matrix, with error correction level M (15 %), enough for a
   * label that gets scratched.
   *
   * @param text the text, usually a Digital Link URL
   * @return the modules, without quiet zone
   */
  public static BitMatrix matrix(String text) {
    try {
      return new QRCodeWriter()
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
      throw new IllegalArgumentException("Cannot encode as QR code: " + text, e);
    }
  }

  /**
   * The QR code as an SVG document.
   *
   * @param text the text
   * @return the SVG markup
   */
  public static String svg(String text) {
    BitMatrix modules = matrix(text);
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /**
   * The QR code as a {@code data:} URL for an image.
   *
   * @param text the text
   * @return the URL
   */
  public static String dataUrl(String text) {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
  }
}
