package eu.remhub.plugin.passport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  private static final String LINK = "https://hub.example.eu/01/03830012345120/10/SV-2601-07";

  @Test
  void qrCode_decodesBackToTheDigitalLink() throws Exception {
    BitMatrix modules = QrCode.matrix(LINK);
    int scale = 4;
    int quiet = 4 * scale;
    int size = modules.getWidth() * scale + 2 * quiet;
    int[] pixels = new int[size * size];
    java.util.Arrays.fill(pixels, 0xFFFFFFFF);
    for (int y = 0; y < modules.getHeight() * scale; y++) {
      for (int x = 0; x < modules.getWidth() * scale; x++) {
        if (modules.get(x / scale, y / scale)) {
          pixels[(y + quiet) * size + x + quiet] = 0xFF000000;
        }
      }
    }

    String decoded =
        new QRCodeReader()
            .decode(
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
            .getText();

    assertThat(decoded).isEqualTo(LINK);
  }

  @Test
  void svg_isOnePathOfModulesOnWhite_asADataUrl() {
    String svg = QrCode.svg(LINK);
    String url = QrCode.dataUrl(LINK);

    assertThat(svg)
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("<path fill=\"#000\" d=\"M")
        .endsWith("</svg>");
    assertThat(url).startsWith("data:image/svg+xml;base64,");
    assertThat(
            new String(
                Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)),
                StandardCharsets.UTF_8))
        .isEqualTo(svg);
  }
}
